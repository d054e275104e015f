package org.convenor.rulesets;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.convenor.engine.RuleSet;
import org.convenor.engine.RulesProperties;
import org.convenor.engine.compile.RuleSetCompilationException;
import org.convenor.engine.compile.RuleSetCompiler;
import org.convenor.scenario.Scenario;
import org.convenor.scenario.ScenarioFormatException;
import org.convenor.scenario.ScenarioLoader;
import org.convenor.scenario.ScenarioReport;
import org.convenor.scenario.ScenarioRunner;
import org.springframework.stereotype.Component;

/**
 * The gate every rule change passes: a candidate (a folder of DRL and its scenarios) in, a verdict out. It
 * compiles the candidate, runs every scenario against it within the gate timeout, and asks that every rule
 * be fired by some scenario. It activates nothing and remembers nothing: reloads, start-up, {@code check},
 * drafts and publishing all judge candidates with this one piece of code.
 */
@Component
public class RuleSetGate {

    private final RuleSetCompiler compiler;
    private final ScenarioLoader loader;
    private final ScenarioRunner runner;
    private final RulesProperties properties;

    public RuleSetGate(RuleSetCompiler compiler, ScenarioLoader loader, ScenarioRunner runner,
            RulesProperties properties) {
        this.compiler = compiler;
        this.loader = loader;
        this.runner = runner;
        this.properties = properties;
    }

    /** Judges the rule set {@code name} whose DRL files are in the folder {@code rules}, scenarios in {@code scenarios}. */
    public Verdict judge(String name, Path rules, Path scenarios) {
        List<Scenario> loaded;
        try {
            loaded = loader.loadFolder(name, scenarios);
        } catch (ScenarioFormatException e) {
            return Verdict.rejected(name, null, "a scenario file is malformed: " + e.getMessage());
        } catch (UncheckedIOException e) {
            return Verdict.rejected(name, null, "cannot read its scenarios: " + e.getMessage());
        }
        RuleSet candidate;
        try {
            candidate = compiler.compile(name, rules);
        } catch (RuleSetCompilationException e) {
            return Verdict.notCompiled(name, compiler.versionOf(rules), e.errors());
        } catch (UncheckedIOException e) {
            return Verdict.rejected(name, null, "cannot read its files: " + e.getMessage());
        }
        return judge(candidate, loaded);
    }

    /** Judges an already compiled rule set against these scenarios (a scenario-only change needs no compile). */
    public Verdict judge(RuleSet candidate, List<Scenario> scenarios) {
        ScenarioReport report;
        try {
            report = runWithinTimeout(candidate, scenarios);
        } catch (TimeoutException e) {
            return Verdict.rejected(candidate.name(), candidate.version(), "its scenarios did not finish within "
                    + properties.gateTimeout().toSeconds() + " s: a rule may be stuck inside its consequence");
        }
        return Verdict.of(candidate, scenarios, report);
    }

    /** Runs the scenarios on a thread of their own, so a stuck rule costs that thread, not the caller. */
    private ScenarioReport runWithinTimeout(RuleSet candidate, List<Scenario> scenarios) throws TimeoutException {
        FutureTask<ScenarioReport> task = new FutureTask<>(() -> runner.run(candidate, scenarios));
        Thread thread = new Thread(task, "scenarios-" + candidate);
        thread.setDaemon(true);
        thread.start();
        try {
            return task.get(properties.gateTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking " + candidate, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
