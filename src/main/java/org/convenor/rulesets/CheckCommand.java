package org.convenor.rulesets;

import java.io.PrintStream;

import org.convenor.engine.RuleSetCompilationException;
import org.convenor.scenario.ScenarioFormatException;
import org.convenor.scenario.ScenarioReport;
import org.convenor.scenario.ScenarioResult;

/**
 * {@code java -jar convenor.jar check}: what staff run before committing a rule change. Compiles every rule
 * set, runs every scenario, prints a line per scenario and the rule coverage, and fails on any problem.
 */
public final class CheckCommand {

    private final RuleSetLibrary library;
    private final PrintStream out;

    public CheckCommand(RuleSetLibrary library, PrintStream out) {
        this.library = library;
        this.out = out;
    }

    /** @return the process exit code: 0 when everything passed */
    public int run() {
        int passed = 0;
        int failed = 0;
        for (String name : library.names()) {
            out.println("Rule set " + name);
            try {
                ScenarioReport report = library.check(name);
                out.println("  version " + report.version());
                for (ScenarioResult result : report.results()) {
                    out.println((result.passed() ? "  PASS " : "  FAIL ") + result.file() + "  " + result.name());
                    result.failures().forEach(failure -> out.println("       " + failure));
                    if (result.passed()) {
                        passed++;
                    } else {
                        failed++;
                    }
                }
                if (report.results().isEmpty()) {
                    out.println("  FAIL no scenarios: every rule set needs them");
                    failed++;
                }
                out.println("  coverage " + report.coverage().covered() + "/" + report.coverage().rules() + " rules");
                if (!report.coverage().complete()) {
                    out.println("  FAIL rules no scenario fires: " + report.coverage().uncovered());
                    failed++;
                }
            } catch (RuleSetCompilationException e) {
                out.println("  FAIL does not compile");
                e.errors().forEach(error -> out.println("       " + error));
                failed++;
            } catch (ScenarioFormatException e) {
                out.println("  FAIL " + e.getMessage());
                failed++;
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? 0 : 1;
    }
}
