package org.convenor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.convenor.network.Role;
import org.convenor.relationships.Cadence;
import org.convenor.relationships.RelationshipPolicy;
import org.junit.jupiter.api.Test;

/** Values written relative to the policy tables: what they name, and what a phrase that names nothing says. */
class PolicyPhrasesTests {

    static final JsonNode AS_OF = JsonNodeFactory.instance.stringNode("2026-11-25");

    final PolicyPhrases phrases = new PolicyPhrases(List.of(new Cadence(Role.PARTNER, 30, 60),
            new Cadence(Role.JOURNALIST, 60, 90), new Cadence(Role.POLICY_MAKER, 45, 90),
            new RelationshipPolicy(180, 90, 180)));

    JsonNode resolve(String text) {
        return phrases.resolve("expect.x", JsonNodeFactory.instance.stringNode(text), AS_OF);
    }

    @Test
    void aPhraseNamesOneNumberOfOneRowByItsWordsInAnyCase() {
        assertThat(resolve("the STANDARD JOURNALIST cadence").intValue()).isEqualTo(90);
        assertThat(resolve("the key journalist cadence").intValue()).isEqualTo(60);
        assertThat(resolve("the STANDARD policy maker cadence").intValue()).isEqualTo(90);
        assertThat(resolve("the KEY POLICY_MAKER cadence").intValue()).isEqualTo(45);
        assertThat(resolve("the intel update").intValue()).isEqualTo(90);
        assertThat(resolve("the convening days").intValue()).isEqualTo(180);
    }

    @Test
    void phrasesAddSubtractAndMultiply() {
        assertThat(resolve("the STANDARD JOURNALIST cadence + 1").intValue()).isEqualTo(91);
        assertThat(resolve("twice the STANDARD JOURNALIST cadence + 1").intValue()).isEqualTo(181);
        assertThat(resolve("3 x the KEY PARTNER cadence - 10").intValue()).isEqualTo(80);
        assertThat(resolve("the convening days - the intel update").intValue()).isEqualTo(90);
    }

    @Test
    void aPhraseEndingDaysBeforeAsOfIsADate() {
        assertThat(resolve("the STANDARD JOURNALIST cadence days before asOf").asString()).isEqualTo("2026-08-27");
        assertThat(resolve("the STANDARD JOURNALIST cadence + 1 days before asOf").asString()).isEqualTo("2026-08-26");
        assertThat(resolve("the intel update days before asOf").asString()).isEqualTo("2026-08-27");
    }

    @Test
    void phrasesInBracesAreResolvedInsideAText() {
        assertThat(resolve("every {the STANDARD JOURNALIST cadence} days, last {the intel update days before asOf}"
                + " {not a phrase}").asString()).isEqualTo("every 90 days, last 2026-08-27 {not a phrase}");
    }

    @Test
    void textThatIsNoPhraseIsLeftAsItIs() {
        for (String text : List.of("The band fee.", "91 days before asOf", "JOURNALIST", "the end.", "")) {
            assertThat(PolicyPhrases.mentions(text)).as(text).isFalse();
            assertThat(resolve(text).asString()).isEqualTo(text);
        }
    }

    @Test
    void anUnknownTableIsAnErrorListingTheTables() {
        assertThatThrownBy(() -> resolve("the STANDARD JOURNALIST cadense + 1"))
                .isInstanceOf(PolicyPhrases.PhraseException.class)
                .hasMessage("'the STANDARD JOURNALIST cadense' (in 'the STANDARD JOURNALIST cadense + 1') names no "
                        + "policy table of this rule set; its tables: cadence (rows PARTNER, JOURNALIST, POLICY_MAKER; "
                        + "columns key days, standard days); relationship policy (columns exclusion window days, "
                        + "intel update days, convening days)")
                .extracting(e -> ((PolicyPhrases.PhraseException) e).path()).isEqualTo("expect.x");
    }

    @Test
    void anUnknownRowIsAnErrorNamingTheWordAndTheRows() {
        assertThatThrownBy(() -> resolve("the STANDARD DONOR cadence"))
                .hasMessage("'the STANDARD DONOR cadence' (in 'the STANDARD DONOR cadence'): the cadence table has no "
                        + "row or column 'donor'; cadence (rows PARTNER, JOURNALIST, POLICY_MAKER; columns key days, "
                        + "standard days)");
    }

    @Test
    void aPhraseThatCouldMeanSeveralNumbersSaysWhichToName() {
        assertThatThrownBy(() -> resolve("the JOURNALIST cadence"))
                .hasMessageEndingWith("could mean 2 values: name the column (key days, standard days)");
        assertThatThrownBy(() -> resolve("the STANDARD cadence"))
                .hasMessageEndingWith("could mean 3 values: name the row (PARTNER, JOURNALIST, POLICY_MAKER)");
    }

    @Test
    void aDateNeedsAsOf() {
        assertThatThrownBy(() -> phrases.resolve("given.interactions[0].date",
                JsonNodeFactory.instance.stringNode("the intel update days before asOf"), null))
                .hasMessageContaining("counts back from given.asOf, which is missing");
    }
}
