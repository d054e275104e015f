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
 * days, not 90. The change blocks two scenarios; checking says why, per field; accepting the new answers
 * settles both files without touching anything else in them, and the gate then lets the change through.
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
        AcceptResult result = ScenarioAccept.accept(text, answer);
        Files.writeString(file, result.text());
        return result;
    }

    @Test
    void theChangeBlocksTwoScenariosAndTheCheckSaysWhyPerField() {
        List<ScenarioResult> failed = runner.run(sixtyDays, loader.load(rules.scenarios(), "relationships")).failed();

        assertThat(failed).extracting(ScenarioResult::file)
                .containsExactly("relationships/cadence-edges.yaml", "relationships/several-roles.yaml");
        assertThat(failed.get(0).failures()).extracting(ScenarioFailure::path).containsExactly(
                "expect.alerts[1].severity", "expectNone.alerts[0]", "expectNone.alerts[1]");
        ScenarioFailure severity = failed.get(0).failures().get(0);
        assertThat(severity.expected().asString()).isEqualTo("WARNING");
        assertThat(severity.actual().asString()).isEqualTo("CRITICAL");
        assertThat(severity.message()).isEqualTo(
                "expect.alerts[1] (memberId: exactly-twice, kind: NEGLECTED): severity expected WARNING but was CRITICAL");
        ScenarioFailure nowAlerted = failed.get(0).failures().get(1);
        assertThat(nowAlerted.expected().asString()).isEqualTo("no match");
        assertThat(nowAlerted.actual().path("memberId").asString()).isEqualTo("at-cadence");
        assertThat(nowAlerted.actual().path("severity").asString()).isEqualTo("WARNING");
        assertThat(failed.get(1).failures()).singleElement().satisfies(message -> {
            assertThat(message.path()).isEqualTo("expect.alerts[0].message");
            assertThat(message.actual().asString())
                    .isEqualTo("Last in touch 100 days ago (2026-08-17); as a standard journalist: every 60 days.");
        });
    }

    @Test
    void acceptingRewritesTheSeverityAndRemovesTheExpectNoneEntriesThatNowMatchAndNothingElse() throws Exception {
        String before = Files.readString(scenarioFile("cadence-edges.yaml"));

        AcceptResult result = accept("cadence-edges.yaml");

        assertThat(result.unresolved()).isEmpty();
        assertThat(result.changes()).extracting(AcceptResult.Change::path, c -> c.before().toString(),
                c -> c.after() == null ? null : c.after().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("expect.alerts[1].severity", "\"WARNING\"", "\"CRITICAL\""),
                        org.assertj.core.groups.Tuple.tuple("expectNone.alerts[0]", "{\"memberId\":\"at-cadence\"}", null),
                        org.assertj.core.groups.Tuple.tuple("expectNone.alerts[1]",
                                "{\"memberId\":\"exactly-twice\",\"severity\":\"CRITICAL\"}", null));
        String exactlyTwice = "    - {memberId: exactly-twice, kind: NEGLECTED, severity: WARNING, daysSinceContact: 180}\n";
        String expectNone = "expectNone:\n  alerts:\n    - {memberId: at-cadence}\n"
                + "    - {memberId: exactly-twice, severity: CRITICAL}\n";
        assertThat(before).contains(exactlyTwice).endsWith(expectNone)
                .contains("date: \"90 days before asOf\"", "date: \"180 days before asOf\"");
        assertThat(Files.readString(scenarioFile("cadence-edges.yaml"))).isEqualTo(before
                .replace(exactlyTwice, exactlyTwice.replace("severity: WARNING", "severity: CRITICAL"))
                .replace(expectNone, "expectNone:\n  alerts: []\n"));
    }

    @Test
    void acceptingTheMessageAndThenTheGateLetsTheChangeThrough() throws Exception {
        String before = Files.readString(scenarioFile("several-roles.yaml"));

        accept("cadence-edges.yaml");
        AcceptResult roles = accept("several-roles.yaml");

        assertThat(roles.changes()).singleElement().extracting(AcceptResult.Change::path)
                .isEqualTo("expect.alerts[0].message");
        assertThat(Files.readString(scenarioFile("several-roles.yaml"))).isEqualTo(before.replace(
                "message: \"Last in touch 100 days ago (2026-08-17); as a standard journalist: every 90 days.\"",
                "message: \"Last in touch 100 days ago (2026-08-17); as a standard journalist: every 60 days.\""));
        Verdict verdict = gate.judge("relationships", rules.rules().resolve("relationships"),
                rules.scenarios().resolve("relationships"));
        assertThat(verdict.problem()).isNull();
        assertThat(verdict.passed()).isTrue();
    }

    @Test
    void acceptingAScenarioThatStillPassesChangesNothing() throws Exception {
        String before = Files.readString(scenarioFile("key-versus-standard.yaml"));

        AcceptResult result = accept("key-versus-standard.yaml");

        assertThat(result.changes()).isEmpty();
        assertThat(result.unresolved()).isEmpty();
        assertThat(Files.readString(scenarioFile("key-versus-standard.yaml"))).isEqualTo(before);
    }
}
