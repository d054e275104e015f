package org.convenor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.convenor.FrozenPolicy;
import org.convenor.engine.RuleSet;
import org.convenor.engine.compile.RuleSetCompiler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A scenario's answer, and the failures of a scenario that gets none, named by path like any other. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"convenor.rules.load-on-startup=false", "convenor.rules.watch=false"})
class ScenarioRunnerTests {

    @Autowired
    RuleSetCompiler compiler;
    @Autowired
    ScenarioLoader loader;
    @Autowired
    ScenarioRunner runner;

    Scenario scenario(String given) {
        return loader.parse("relationships", Path.of("a.yaml"), "name: A\ngiven: " + given + "\nexpect: {alerts: []}\n");
    }

    RuleSet relationships() {
        return compiler.compile("relationships", FrozenPolicy.rules("relationships"));
    }

    @Test
    void theAnswerIsTheJsonTheApiWouldGiveWithRelativeDatesResolved() {
        Scenario scenario = scenario("{asOf: 2026-11-25, members: [{id: a, kind: PERSON, roles: [JOURNALIST]}], "
                + "interactions: [{memberId: a, date: \"100 days before asOf\", kind: CALL}]}");

        assertThat(runner.answer(relationships(), scenario).path("alerts").get(0).path("message").asString())
                .isEqualTo("Last in touch 100 days ago (2026-08-17); as a standard journalist: every 90 days.");
    }

    @Test
    void aMisspeltFieldInGivenIsAFailureAtItsPath() {
        Scenario scenario = scenario("{asOf: 2026-11-25, members: [{id: a, kind: PERSON, roles: [JOURNALIST], colour: red}]}");

        ScenarioResult result = runner.run(relationships(), scenario);

        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.path()).isEqualTo("given.members[0].colour");
            assertThat(failure.message()).startsWith("given is not a valid request: ").contains("colour");
        });
        assertThatThrownBy(() -> runner.answer(relationships(), scenario)).isInstanceOf(ScenarioAnswerException.class)
                .hasMessageContaining("colour");
    }

    @Test
    void aRefusedRequestIsAFailurePerProblemAtItsPath() {
        Scenario scenario = scenario("{asOf: 2026-11-25, members: [{id: a, kind: PERSON, roles: []}]}");

        assertThat(runner.run(relationships(), scenario).failures()).extracting(ScenarioFailure::path)
                .containsExactly("given.members[0].roles", "given.interactions");
    }

    @Test
    void phrasesAreResolvedAgainstTheTablesOfTheVersionUnderTest() {
        Scenario scenario = loader.parse("relationships", Path.of("edge.yaml"), """
                name: One day past the cadence
                given:
                  asOf: 2026-11-25
                  members: [{id: a, kind: PERSON, roles: [JOURNALIST]}]
                  interactions: [{memberId: a, date: "the STANDARD JOURNALIST cadence + 1 days before asOf", kind: CALL}]
                expect:
                  alerts:
                    - {memberId: a, daysSinceContact: "the STANDARD JOURNALIST cadence + 1"}
                """);

        ScenarioResult result = runner.run(relationships(), scenario);

        assertThat(result.failures()).isEmpty();
        assertThat(runner.answer(relationships(), scenario).at("/alerts/0/daysSinceContact").intValue()).isEqualTo(91);
    }

    @Test
    void aPhraseNamingAnUnknownRowIsAFailureAtItsFileAndLine() {
        Scenario scenario = loader.parse("relationships", Path.of("edge.yaml"), """
                name: One day past the cadence
                given:
                  asOf: 2026-11-25
                  members: [{id: a, kind: PERSON, roles: [JOURNALIST]}]
                  interactions:
                    - {memberId: a, date: "the STANDARD JURNALIST cadence + 1 days before asOf", kind: CALL}
                expect: {alerts: []}
                """);

        assertThat(runner.run(relationships(), scenario).failures()).singleElement().satisfies(failure -> {
            assertThat(failure.path()).isEqualTo("given.interactions[0].date");
            assertThat(failure.message()).startsWith("relationships/edge.yaml line 6, given.interactions[0].date: "
                    + "'the STANDARD JURNALIST cadence' (in 'the STANDARD JURNALIST cadence + 1 days before asOf'): the "
                    + "cadence table has no row or column 'jurnalist'; cadence (rows PARTNER, POLICY_MAKER, JOURNALIST");
        });
    }
}
