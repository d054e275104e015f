package org.convenor.rulesets;

import java.io.PrintStream;
import java.nio.file.Path;

import org.convenor.scenario.Coverage;
import org.convenor.scenario.ScenarioResult;

/**
 * {@code java -jar convenor.jar check}: what staff run before saving a rule change. Judges every rule set in
 * the rules directory through the gate, prints a line per scenario and the rule coverage, and fails on any
 * problem.
 */
public final class CheckCommand {

    private final RuleSetGate gate;
    private final Path rules;
    private final Path scenarios;
    private final PrintStream out;

    public CheckCommand(RuleSetGate gate, Path rules, Path scenarios, PrintStream out) {
        this.gate = gate;
        this.rules = rules;
        this.scenarios = scenarios;
        this.out = out;
    }

    /** @return the process exit code: 0 when everything passed */
    public int run() {
        int passed = 0;
        int failed = 0;
        for (String name : RuleSetLibrary.namesIn(rules)) {
            out.println("Rule set " + name);
            Verdict verdict = gate.judge(name, rules.resolve(name), scenarios.resolve(name));
            if (verdict.version() != null) {
                out.println("  version " + verdict.version());
            }
            if (verdict.report() == null) {
                out.println("  FAIL " + verdict.problem());
                verdict.errors().forEach(error -> out.println("       " + error));
                failed++;
                continue;
            }
            for (ScenarioResult result : verdict.report().results()) {
                out.println((result.passed() ? "  PASS " : "  FAIL ") + result.file() + "  " + result.name());
                result.failures().forEach(failure -> out.println("       " + failure.message()));
                if (result.passed()) {
                    passed++;
                } else {
                    failed++;
                }
            }
            if (verdict.scenarios().isEmpty()) {
                out.println("  FAIL no scenarios: every rule set needs them");
                failed++;
            }
            Coverage coverage = verdict.coverage();
            out.println("  coverage " + coverage.covered() + "/" + coverage.rules() + " rules");
            if (!coverage.complete()) {
                out.println("  FAIL rules no scenario fires: " + coverage.uncovered());
                failed++;
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
