package org.convenor.rulesets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.RuleSet;
import org.convenor.engine.RuleSetCompilationException;
import org.convenor.engine.RuleSetCompiler;
import org.convenor.engine.RulesProperties;
import org.convenor.scenario.Scenario;
import org.convenor.scenario.ScenarioFormatException;
import org.convenor.scenario.ScenarioLoader;
import org.convenor.scenario.ScenarioReport;
import org.convenor.scenario.ScenarioRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Loads rule sets from disk through the gate: a candidate is built beside the active version, all of its
 * scenarios run against it, and it is activated in one swap only if it compiles and every scenario passes
 * with every rule exercised. Otherwise the active version keeps answering and the attempt says why.
 */
@Service
public class RuleSetLibrary {

    private static final Logger log = LoggerFactory.getLogger(RuleSetLibrary.class);
    private static final int HISTORY = 10;

    private final RulesProperties properties;
    private final RuleSetCompiler compiler;
    private final ScenarioLoader scenarios;
    private final ScenarioRunner runner;
    private final ActiveRuleSets active;
    private final Map<String, Record> records = new ConcurrentHashMap<>();

    public RuleSetLibrary(RulesProperties properties, RuleSetCompiler compiler, ScenarioLoader scenarios,
            ScenarioRunner runner, ActiveRuleSets active) {
        this.properties = properties;
        this.compiler = compiler;
        this.scenarios = scenarios;
        this.runner = runner;
        this.active = active;
    }

    /** The rule sets on disk: one per folder of the rules directory. */
    public List<String> names() {
        try (Stream<Path> folders = Files.list(properties.directory())) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list rule sets in " + properties.directory().toAbsolutePath(), e);
        }
    }

    public List<Attempt> loadAll() {
        return names().stream().map(this::load).toList();
    }

    /** Builds, checks and (if it passes) activates one rule set. Attempts run one at a time. */
    public synchronized Attempt load(String name) {
        Attempt attempt = tryLoad(name);
        Record record = records.computeIfAbsent(name, n -> new Record());
        record.lastAttempt = attempt;
        if (attempt.outcome() == Outcome.REJECTED) {
            log.warn("Rule set change rejected; the active version keeps answering.\n{}", attempt.describe());
        } else if (attempt.outcome() == Outcome.ACTIVATED) {
            log.info("Rule set {} version {} activated ({}/{} rules covered by scenarios)", name, attempt.version(),
                    attempt.coverage().covered(), attempt.coverage().rules());
        }
        return attempt;
    }

    private Attempt tryLoad(String name) {
        Instant now = Instant.now();
        Path folder = properties.directory().resolve(name);
        if (!Files.isDirectory(folder)) {
            return new Attempt(name, Outcome.REJECTED, now, null, "its folder " + folder + " is gone",
                    List.of(), List.of(), null);
        }
        List<Scenario> loaded;
        String version;
        try {
            loaded = scenarios.load(properties.scenarios(), name);
            version = compiler.versionOf(folder);
        } catch (ScenarioFormatException e) {
            return new Attempt(name, Outcome.REJECTED, now, null, "a scenario file is malformed: " + e.getMessage(),
                    List.of(), List.of(), null);
        } catch (UncheckedIOException e) {
            return new Attempt(name, Outcome.REJECTED, now, null, "cannot read its files: " + e.getMessage(),
                    List.of(), List.of(), null);
        }
        Record record = records.get(name);
        Optional<RuleSet> current = active.find(name).filter(ruleSet -> ruleSet.version().equals(version));
        if (current.isPresent() && record != null && loaded.equals(record.scenarios)) {
            return new Attempt(name, Outcome.UNCHANGED, now, version,
                    "rules and scenarios are as they were when this version was checked", List.of(), List.of(),
                    record.report.coverage());
        }
        RuleSet candidate;
        try {
            // The same files compile to the same rules: only changed scenarios need checking then.
            candidate = current.isPresent() ? current.get() : compiler.compile(name, folder);
        } catch (RuleSetCompilationException e) {
            return new Attempt(name, Outcome.REJECTED, now, version, "does not compile", e.errors(), List.of(), null);
        } catch (UncheckedIOException e) {
            return new Attempt(name, Outcome.REJECTED, now, version, "cannot read its files: " + e.getMessage(),
                    List.of(), List.of(), null);
        }
        ScenarioReport report;
        try {
            report = runWithinTimeout(candidate, loaded);
        } catch (TimeoutException e) {
            return new Attempt(name, Outcome.REJECTED, now, candidate.version(), "its scenarios did not finish within "
                    + properties.gateTimeout().toSeconds() + " s: a rule may be stuck inside its consequence",
                    List.of(), List.of(), null);
        }
        if (loaded.isEmpty()) {
            return new Attempt(name, Outcome.REJECTED, now, candidate.version(),
                    "no scenarios in " + properties.scenarios().resolve(name) + ": every rule set needs them",
                    List.of(), List.of(), report.coverage());
        }
        if (!report.passed()) {
            String why = report.failed().isEmpty() ? "some rules are fired by no scenario"
                    : report.failed().size() + " of " + loaded.size() + " scenarios failed";
            return new Attempt(name, Outcome.REJECTED, now, candidate.version(), why, List.of(), report.failed(),
                    report.coverage());
        }
        Record updated = records.computeIfAbsent(name, n -> new Record());
        updated.report = report;
        updated.scenarios = loaded;
        if (current.isPresent()) {
            return new Attempt(name, Outcome.UNCHANGED, now, candidate.version(),
                    "rules unchanged; their " + loaded.size() + " scenarios were checked again and pass", List.of(),
                    List.of(), report.coverage());
        }
        ActiveRuleSets.Activation activation = active.activate(candidate);
        updated.history.addFirst(activation);
        while (updated.history.size() > HISTORY) {
            updated.history.removeLast();
        }
        return new Attempt(name, Outcome.ACTIVATED, activation.activatedAt(), candidate.version(),
                "compiled and passed " + loaded.size() + " scenarios", List.of(), List.of(), report.coverage());
    }

    /** Runs the scenarios on a thread of their own, so a stuck rule costs that thread, not the reload. */
    private ScenarioReport runWithinTimeout(RuleSet candidate, List<Scenario> loaded) throws TimeoutException {
        FutureTask<ScenarioReport> task = new FutureTask<>(() -> runner.run(candidate, loaded));
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

    /**
     * Compiles a rule set and runs its scenarios without activating anything: the {@code check} command.
     *
     * @throws RuleSetCompilationException when it does not compile
     * @throws ScenarioFormatException when a scenario file is malformed
     */
    public ScenarioReport check(String name) {
        return runner.run(compiler.compile(name, properties.directory().resolve(name)),
                scenarios.load(properties.scenarios(), name));
    }

    public Optional<RuleSetStatus> status(String name) {
        Record record = records.get(name);
        if (record == null) {
            return Optional.empty();
        }
        return Optional.of(RuleSetStatus.of(name, active.activation(name), record.report, record.lastAttempt,
                List.copyOf(record.history)));
    }

    public List<RuleSetStatus> statuses() {
        return records.keySet().stream().sorted().map(name -> status(name).orElseThrow()).toList();
    }

    /** What the library remembers of one rule set; guarded by the library's lock when written. */
    private static final class Record {

        volatile ScenarioReport report;
        volatile Attempt lastAttempt;
        volatile List<Scenario> scenarios = List.of();
        final Deque<ActiveRuleSets.Activation> history = new ConcurrentLinkedDeque<>();
    }
}
