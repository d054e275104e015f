package org.convenor.rulesets.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.convenor.rulesets.RuleSetGate;
import org.convenor.rulesets.RuleSetLibrary;
import org.convenor.rulesets.Verdict;
import org.convenor.scenario.Coverage;
import org.convenor.scenario.ScenarioResult;

/**
 * {@code java -jar convenor.jar check}: what staff run before saving a rule change. Judges every rule set in
 * the rules directory through the gate (all at once, each compiled on its own thread), prints a line per
 * scenario and the rule coverage, and fails on any problem.
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
        List<String> names = RuleSetLibrary.namesIn(rules);
        for (Map.Entry<String, Verdict> judged : judgeAll(names).entrySet()) {
            String name = judged.getKey();
            Verdict verdict = judged.getValue();
            out.println("Rule set " + name);
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

    /**
     * Judges the rule sets side by side, one thread each (they share nothing but the compiler, which is
     * stateless), and gives their verdicts in name order.
     */
    private Map<String, Verdict> judgeAll(List<String> names) {
        ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, names.size()), task -> {
            Thread thread = new Thread(task, "check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<String, Future<Verdict>> judging = new LinkedHashMap<>();
            names.forEach(name -> judging.put(name, threads.submit(() -> gate.judge(name, rules.resolve(name),
                    scenarios.resolve(name)))));
            Map<String, Verdict> verdicts = new LinkedHashMap<>();
            for (Map.Entry<String, Future<Verdict>> each : judging.entrySet()) {
                verdicts.put(each.getKey(), each.getValue().get());
            }
            return verdicts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking the rule sets", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }
}
