package org.convenor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.convenor.TempRules;
import org.convenor.engine.RuleSet;
import org.convenor.engine.compile.RuleSetCompiler;
import org.convenor.rulesets.RuleSetGate;
import org.convenor.rulesets.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The headline staff task on a copy of the frozen policy: standard journalists should hear from us every 60
 * days, not 90. The change blocks only the scenario that states the number: the edge scenarios count their days
 * from the cadence table and keep passing. Checking says why, per field; accepting the new answer settles the
 * file without touching anything else in it, and never replaces a phrase by a number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"convenor.rules.load-on-startup=false", "convenor.rules.watch=false"})
class AcceptRuleChangeTests {

    static final String STANDARD_JOURNALIST_90 = "insert(new Cadence(Role.JOURNALIST,    60,   90));";
    static final String STANDARD_JOURNALIST_60 = "insert(new Cadence(Role.JOURNALIST,    60,   60));";

    @Autowired
    RuleSetCompiler compiler;
    @Autowired
    ScenarioLoader loader;
    @Autowired
    ScenarioRunner runner;
    @Autowired
    RuleSetGate gate;

    @TempDir
    Path root;

    TempRules rules;
    RuleSet sixtyDays;

    @BeforeEach
    void changeTheStandardJournalistCadenceTo60Days() {
        rules = TempRules.copy(root);
        rules.editRule("relationships/policy.drl", STANDARD_JOURNALIST_90, STANDARD_JOURNALIST_60);
        sixtyDays = compiler.compile("relationships", rules.rules().resolve("relationships"));
    }

    Path scenarioFile(String name) {
        return rules.scenarios().resolve("relationships").resolve(name);
    }

    AcceptResult accept(String name) throws Exception {
        Path file = scenarioFile(name);
        String text = Files.readString(file);
        JsonNode answer = runner.answer(sixtyDays, loader.parse("relationships", file, text));
        AcceptResult result = ScenarioAccept.accept(text, answer, runner.phrases(sixtyDays));
        Files.writeString(file, result.text());
        return result;
    }

    @Test
    void theChangeFailsOnlyTheScenarioThatStatesTheNumberAndTheCheckSaysWhyPerField() {
        List<ScenarioResult> failed = runner.run(sixtyDays, loader.load(rules.scenarios(), "relationships")).failed();

        assertThat(failed).extracting(ScenarioResult::file)
                .containsExactly("relationships/standard-journalists-every-90-days.yaml");
        assertThat(failed.get(0).failures()).extracting(ScenarioFailure::path)
                .containsExactly("expect.alerts[0].message", "expectNone.alerts[0]");
        ScenarioFailure message = failed.get(0).failures().get(0);
        assertThat(message.expected().asString())
                .isEqualTo("Last in touch 91 days ago (2026-08-26); as a standard journalist: every 90 days.");
        assertThat(message.actual().asString())
                .isEqualTo("Last in touch 91 days ago (2026-08-26); as a standard journalist: every 60 days.");
        ScenarioFailure nowAlerted = failed.get(0).failures().get(1);
        assertThat(nowAlerted.expected().asString()).isEqualTo("no match");
        assertThat(nowAlerted.actual().path("memberId").asString()).isEqualTo("reporter-at-90-days");
    }

    @Test
    void acceptingRewritesTheStatedNumberAndRemovesTheEntryThatNowMatchesAndTheGateLetsTheChangeThrough()
            throws Exception {
        String before = Files.readString(scenarioFile("standard-journalists-every-90-days.yaml"));

        AcceptResult result = accept("standard-journalists-every-90-days.yaml");

        assertThat(result.unresolved()).isEmpty();
        assertThat(result.changes()).extracting(AcceptResult.Change::path)
                .containsExactly("expect.alerts[0].message", "expectNone.alerts[0]");
        assertThat(Files.readString(scenarioFile("standard-journalists-every-90-days.yaml"))).isEqualTo(before
                .replace("as a standard journalist: every 90 days.", "as a standard journalist: every 60 days.")
                .replace("expectNone:\n  alerts:\n    - {memberId: reporter-at-90-days}\n",
                        "expectNone:\n  alerts: []\n"));
        Verdict verdict = gate.judge("relationships", rules.rules().resolve("relationships"),
                rules.scenarios().resolve("relationships"));
        assertThat(verdict.problem()).isNull();
        assertThat(verdict.passed()).isTrue();
    }

    @Test
    void theEdgeScenariosWrittenWithPhrasesPassAndAcceptingChangesNothingInThem() throws Exception {
        for (String name : List.of("cadence-edges.yaml", "several-roles.yaml", "after-as-of.yaml")) {
            String before = Files.readString(scenarioFile(name));

            AcceptResult result = accept(name);

            assertThat(result.changes()).as(name).isEmpty();
            assertThat(result.unresolved()).as(name).isEmpty();
            assertThat(Files.readString(scenarioFile(name))).isEqualTo(before);
        }
    }

    @Test
    void aPhraseThatNoLongerHoldsIsLeftForTheEditorNeverReplacedByANumber() throws Exception {
        Path file = scenarioFile("cadence-edges.yaml");
        String wrong = Files.readString(file).replace("daysSinceContact: \"the STANDARD JOURNALIST cadence + 1\"",
                "daysSinceContact: \"the STANDARD JOURNALIST cadence + 2\"");
        Files.writeString(file, wrong);

        AcceptResult result = accept("cadence-edges.yaml");

        assertThat(result.changes()).isEmpty();
        assertThat(result.unresolved()).singleElement().satisfies(unresolved -> {
            assertThat(unresolved.path()).isEqualTo("expect.alerts[0].daysSinceContact");
            assertThat(unresolved.reason()).startsWith("written 'the STANDARD JOURNALIST cadence + 2', which is 62 with "
                    + "this draft's tables, and the answer has 61: a phrase keeps its meaning");
        });
        assertThat(Files.readString(file)).isEqualTo(wrong);
    }
}
