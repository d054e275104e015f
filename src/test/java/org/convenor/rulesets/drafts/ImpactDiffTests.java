package org.convenor.rulesets.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.convenor.network.Decided;
import org.convenor.rulesets.drafts.ImpactDiff.Impact;
import org.convenor.rulesets.drafts.Preview.ChangeKind;
import org.junit.jupiter.api.Test;

class ImpactDiffTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static Decided alert(String member, String kind, String severity, String rule, String message) {
        JsonNode element = JSON.valueToTree(Map.of("memberId", member, "kind", kind, "severity", severity,
                "rule", rule, "message", message));
        return new Decided(Map.of("memberId", member, "kind", kind), rule, element);
    }

    @Test
    void aWarningThatBecomesCriticalIsOneChange() {
        Impact impact = ImpactDiff.compare(
                List.of(alert("amira", "NEGLECTED", "WARNING", "past its cadence", "every 90 days")),
                List.of(alert("amira", "NEGLECTED", "CRITICAL", "past twice its cadence", "every 60 days")));

        assertThat(impact.summary()).isEqualTo(new Preview.Summary(0, 0, 1, 0));
        assertThat(impact.changes()).singleElement().satisfies(change -> {
            assertThat(change.change()).isEqualTo(ChangeKind.CHANGED);
            assertThat(change.subject()).isEqualTo(Map.of("memberId", "amira", "kind", "NEGLECTED"));
            assertThat(change.before().path("severity").asString()).isEqualTo("WARNING");
            assertThat(change.after().path("severity").asString()).isEqualTo("CRITICAL");
        });
    }

    @Test
    void aChangedMessageAloneIsAChangeAndEqualDecisionsAreOnlyCounted() {
        Impact impact = ImpactDiff.compare(
                List.of(alert("a", "NEGLECTED", "WARNING", "r", "every 90 days"), alert("b", "NEGLECTED", "WARNING", "r", "x")),
                List.of(alert("a", "NEGLECTED", "WARNING", "r", "every 60 days"), alert("b", "NEGLECTED", "WARNING", "r", "x")));

        assertThat(impact.summary()).isEqualTo(new Preview.Summary(0, 0, 1, 1));
        assertThat(impact.changes()).extracting(c -> c.subject().get("memberId")).containsExactly("a");
    }

    @Test
    void newAndVanishedSubjectsAreAddedAndRemoved() {
        Impact impact = ImpactDiff.compare(List.of(alert("gone", "NEVER_CONTACTED", "WARNING", "r", "m")),
                List.of(alert("new", "NEGLECTED", "WARNING", "r", "m")));

        assertThat(impact.changes()).extracting(Preview.Change::change)
                .containsExactly(ChangeKind.ADDED, ChangeKind.REMOVED);
        assertThat(impact.summary()).isEqualTo(new Preview.Summary(1, 1, 0, 0));
    }

    @Test
    void severalDecisionsOnOneSubjectPairByRuleAndTheRestIsAddedOrRemoved() {
        Impact impact = ImpactDiff.compare(
                List.of(alert("p", "BENEFITS_LAPSED", "WARNING", "intel", "no intel"),
                        alert("p", "BENEFITS_LAPSED", "WARNING", "convening", "no convening")),
                List.of(alert("p", "BENEFITS_LAPSED", "WARNING", "convening", "no convening")));

        assertThat(impact.summary()).isEqualTo(new Preview.Summary(0, 1, 0, 1));
        assertThat(impact.changes()).singleElement()
                .satisfies(change -> assertThat(change.before().path("rule").asString()).isEqualTo("intel"));
    }
}
