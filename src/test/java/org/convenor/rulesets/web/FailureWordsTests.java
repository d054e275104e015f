package org.convenor.rulesets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.convenor.rulesets.CheckReport;
import org.convenor.scenario.ScenarioFailure;
import org.junit.jupiter.api.Test;

/** A failed scenario's failures as an editor reads them: by the member's name, in words, the raw form kept. */
class FailureWordsTests {

    static final String FILE = """
            name: Exactly at the cadence
            given:
              asOf: 2026-11-25
              members:
                - {id: exactly-twice, name: Lena Fischer, kind: PERSON, roles: [JOURNALIST]}
                - {id: at-cadence, kind: PERSON, roles: [JOURNALIST]}
            expect:
              alerts:
                - {memberId: exactly-twice, kind: NEGLECTED, severity: WARNING}
            expectNone:
              alerts:
                - {memberId: at-cadence}
            """;

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    Map<String, List<FailureWords>> words(ScenarioFailure... failures) {
        CheckReport report = new CheckReport(CheckReport.CheckOutcome.REJECTED, "v", "1 of 1 scenarios failed",
                List.of(), List.of(new CheckReport.FailedScenario("scenarios/edges.yaml", "Exactly at the cadence",
                        List.of(failures))), null);
        return FailureWords.of(report, path -> Optional.of(FILE));
    }

    @Test
    void aFieldThatDiffersReadsExpectedAndWhatTheDraftSaysWithTheMembersName() {
        FailureWords words = words(new ScenarioFailure("expect.alerts[0].severity", NODES.stringNode("WARNING"),
                NODES.stringNode("CRITICAL"), "expect.alerts[0] (memberId: exactly-twice): severity expected WARNING "
                        + "but was CRITICAL")).get("scenarios/edges.yaml").get(0);

        assertThat(words.who()).isEqualTo("Lena Fischer");
        assertThat(words.said()).isEqualTo("Severity — expected: warning; the draft says: critical");
        assertThat(words.path()).isEqualTo("expect.alerts[0].severity");
        assertThat(words.raw()).endsWith("severity expected WARNING but was CRITICAL");
    }

    @Test
    void anElementThatShouldNotBeThereSaysWhatTheDraftGivesAndAMemberWithoutANameIsNamedByItsId() {
        ObjectNode found = NODES.objectNode().put("memberId", "at-cadence").put("kind", "NEGLECTED")
                .put("severity", "WARNING");
        FailureWords words = words(new ScenarioFailure("expectNone.alerts[0]", NODES.stringNode("no match"), found,
                "expectNone.alerts[0]: expected no element matching {memberId: at-cadence}"))
                .get("scenarios/edges.yaml").get(0);

        assertThat(words.who()).isEqualTo("at-cadence");
        assertThat(words.said()).isEqualTo("expected: no such alert; the draft says: a warning (neglected)");
    }

    @Test
    void anElementMissingAndARefusedRequestReadAsWellAsTheyCan() {
        ObjectNode wanted = NODES.objectNode().put("memberId", "exactly-twice").put("kind", "NEGLECTED")
                .put("severity", "WARNING");
        List<FailureWords> words = words(
                new ScenarioFailure("expect.alerts[0]", wanted, null, "expect.alerts[0]: expected an element"),
                new ScenarioFailure("given.members[0].kind", null, null, "given is not a valid request: kind"))
                .get("scenarios/edges.yaml");

        assertThat(words.get(0).said()).isEqualTo("expected: a warning (neglected); the draft says: no such alert");
        assertThat(words.get(1).who()).isEmpty();
        assertThat(words.get(1).said()).isEqualTo("given is not a valid request: kind");
    }
}
