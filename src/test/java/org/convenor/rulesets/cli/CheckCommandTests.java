package org.convenor.rulesets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.convenor.Commands;
import org.convenor.TempRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTests {

    @TempDir
    Path root;

    record Run(int exitCode, String output) {
    }

    /** As {@code java -jar convenor.jar check --convenor.rules.directory=… --convenor.rules.scenarios=…}. */
    Run check(TempRules rules) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Commands.check(rules.args(), new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void passesOnTheProjectsRulesWithFullCoverage() {
        Run run = check(TempRules.copy(root));

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).contains("PASS fees/global-south-partner.yaml  A Global South partner pays no fee")
                .containsPattern("coverage (\\d+)/\\1 rules").doesNotContain("FAIL").containsPattern("\\d+ passed, 0 failed");
    }

    @Test
    void aScenarioExpectingTheWrongAmountFailsShowingExpectedAndActual() {
        TempRules rules = TempRules.copy(root);
        rules.editScenario("fees/income-bands.yaml", "{memberId: exactly-10m, amount: 2500}",
                "{memberId: exactly-10m, amount: 3000}");

        Run run = check(rules);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("FAIL fees/income-bands.yaml")
                .contains("\n       expect.assessments[3] (memberId: exactly-10m): amount expected 3000 but was 2500\n")
                .contains("1 failed");
    }

    @Test
    void aCompileErrorIsPrintedAsFileLineMessage() {
        TempRules rules = TempRules.copy(root);
        rules.editRule("relationships/benefits.drl", "    Member($id : id, roles contains Role.PARTNER,",
                "    Membr($id : id, roles contains Role.PARTNER,");

        Run run = check(rules);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("FAIL does not compile").containsPattern("relationships/benefits\\.drl:\\d+: ");
    }

    @Test
    void printsTheRuleSetsInNameOrderThoughTheyAreJudgedTogether() {
        Run run = check(TempRules.copy(root));

        assertThat(run.output()).containsSubsequence("Rule set coalitions", "Rule set fees", "Rule set relationships");
    }
}
