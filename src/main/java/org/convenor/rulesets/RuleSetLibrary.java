package org.convenor.rulesets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Stream;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.RuleSet;
import org.convenor.engine.RulesProperties;
import org.convenor.engine.compile.RuleSetCompiler;
import org.convenor.rulesets.store.InstanceProperties;
import org.convenor.rulesets.store.InstanceTable;
import org.convenor.rulesets.store.ThisInstance;
import org.convenor.scenario.Scenario;
import org.convenor.scenario.ScenarioFormatException;
import org.convenor.scenario.ScenarioLoader;
import org.convenor.scenario.ScenarioReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The rule sets on disk and what became of each: a change is judged by the {@link RuleSetGate} beside the
 * active version and activated in one swap only if it passes; otherwise the active version keeps answering
 * and the attempt says why. This class keeps the books (last attempt, scenario results, recent activations).
 */
@Service
public class RuleSetLibrary {

    private static final Logger log = LoggerFactory.getLogger(RuleSetLibrary.class);
    private static final int RECENT_ACTIVATIONS = 10;

    private final RulesProperties properties;
    private final RuleSetCompiler compiler;
    private final ScenarioLoader scenarios;
    private final RuleSetGate gate;
    private final ActiveRuleSets active;
    private final RuleSetHistory history;
    private final Clock clock;
    private final InstanceTable instances;
    private final InstanceProperties instanceProperties;
    private final ThisInstance instance;
    private final Map<String, Books> books = new ConcurrentHashMap<>();

    public RuleSetLibrary(RulesProperties properties, RuleSetCompiler compiler, ScenarioLoader scenarios,
            RuleSetGate gate, ActiveRuleSets active, RuleSetHistory history, Clock clock, InstanceTable instances,
            InstanceProperties instanceProperties, ThisInstance instance) {
        this.properties = properties;
        this.compiler = compiler;
        this.scenarios = scenarios;
        this.gate = gate;
        this.active = active;
        this.history = history;
        this.clock = clock;
        this.instances = instances;
        this.instanceProperties = instanceProperties;
        this.instance = instance;
    }

    /** The rule sets on disk: one per folder of the rules directory. */
    public List<String> names() {
        return namesIn(properties.directory());
    }

    public static List<String> namesIn(Path directory) {
        try (Stream<Path> folders = Files.list(directory)) {
            return folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list rule sets in " + directory.toAbsolutePath(), e);
        }
    }

    /** Judges one rule set as it is on disk and activates it if it passes. Attempts run one at a time. */
    public synchronized Attempt load(String name) {
        Attempt attempt = attempt(name);
        books.computeIfAbsent(name, n -> new Books()).lastAttempt = attempt;
        if (attempt.outcome() == Outcome.REJECTED) {
            log.warn("Rule set change rejected; the active version keeps answering.\n{}", attempt.describe());
        }
        return attempt;
    }

    private Attempt attempt(String name) {
        Path folder = properties.directory().resolve(name);
        if (!Files.isDirectory(folder)) {
            return Attempt.rejected(Verdict.rejected(name, null, "its folder " + folder + " is gone"), clock.instant());
        }
        Optional<RuleSet> same;
        List<Scenario> loaded;
        try {
            String version = compiler.versionOf(folder);
            same = active.find(name).filter(ruleSet -> ruleSet.version().equals(version));
            loaded = scenarios.load(properties.scenarios(), name);
        } catch (ScenarioFormatException | UncheckedIOException e) {
            return Attempt.rejected(gate.judge(name, folder, properties.scenarios().resolve(name)), clock.instant());
        }
        Books kept = books.get(name);
        if (same.isPresent() && kept != null && loaded.equals(kept.scenarios)) {
            return Attempt.unchanged(name, same.get().version(), "rules and scenarios are as they were when this "
                    + "version was checked", kept.report.coverage(), clock.instant());
        }
        // The same files compile to the same rules: a scenario-only change is checked against the active version.
        Verdict verdict = same.isPresent() ? gate.judge(same.get(), loaded)
                : gate.judge(name, folder, properties.scenarios().resolve(name));
        if (!verdict.passed()) {
            return Attempt.rejected(verdict, clock.instant());
        }
        RuleSetFiles files = RuleSetFiles.read(name, folder, properties.scenarios().resolve(name));
        if (same.isPresent()) {
            keepBooks(verdict);
            recordFromDisk(files);
            return Attempt.unchanged(name, verdict.version(), "rules unchanged; their " + loaded.size()
                    + " scenarios were checked again and pass", verdict.coverage(), clock.instant());
        }
        Attempt attempt = activate(verdict);
        recordFromDisk(files);
        return attempt;
    }

    /**
     * Activates a candidate the gate has passed (a publish or a restore), while the files it was judged on
     * are put in place; the caller holds the library's lock so no reload interleaves.
     */
    Attempt activate(Verdict verdict) {
        if (!verdict.passed()) {
            throw new IllegalArgumentException("Only a candidate that passed the gate can be activated: " + verdict);
        }
        Books kept = keepBooks(verdict);
        ActiveRuleSets.Activation activation = active.activate(verdict.candidate());
        kept.activations.addFirst(activation);
        while (kept.activations.size() > RECENT_ACTIVATIONS) {
            kept.activations.removeLast();
        }
        Attempt attempt = Attempt.activated(verdict, activation.activatedAt());
        kept.lastAttempt = attempt;
        log.info("Rule set {} version {} activated ({}/{} rules covered by scenarios)", verdict.ruleSet(),
                verdict.version(), verdict.coverage().covered(), verdict.coverage().rules());
        return attempt;
    }

    private Books keepBooks(Verdict verdict) {
        Books kept = books.computeIfAbsent(verdict.ruleSet(), n -> new Books());
        kept.report = verdict.report();
        kept.scenarios = verdict.scenarios();
        return kept;
    }

    /** A change saved straight to disk that the gate activated is history too, by the file system. */
    private void recordFromDisk(RuleSetFiles files) {
        boolean first = history.head(files.ruleSet()).isEmpty();
        history.record(files, RuleSetHistory.FILE_SYSTEM, first
                ? "The rule set as found on disk when its history began."
                : "Saved to disk and activated by the gate.");
    }

    /** Empty until the rule set's first load has an outcome. */
    public Optional<RuleSetStatus> status(String name) {
        Books kept = books.get(name);
        if (kept == null || kept.lastAttempt == null) {
            return Optional.empty();
        }
        return Optional.of(RuleSetStatus.of(name, active.activation(name), kept.report, kept.lastAttempt,
                List.copyOf(kept.activations), answering(name, live())));
    }

    public List<RuleSetStatus> statuses() {
        List<InstanceTable.Answering> live = live();
        return books.keySet().stream().sorted().map(name -> {
            Books kept = books.get(name);
            return kept == null || kept.lastAttempt == null ? null : RuleSetStatus.of(name, active.activation(name),
                    kept.report, kept.lastAttempt, List.copyOf(kept.activations), answering(name, live));
        }).filter(java.util.Objects::nonNull).toList();
    }

    private List<InstanceTable.Answering> live() {
        return instances.answering(clock.instant().minus(instanceProperties.liveFor()));
    }

    /** What each live instance answers the rule set with; this one as it is now, whatever its row says yet. */
    private List<RuleSetStatus.InstanceVersion> answering(String name, List<InstanceTable.Answering> live) {
        List<RuleSetStatus.InstanceVersion> answering = new java.util.ArrayList<>();
        answering.add(new RuleSetStatus.InstanceVersion(instance.id(),
                active.find(name).map(RuleSet::version).orElse(null)));
        live.stream().filter(row -> row.ruleSet().equals(name) && !row.instance().equals(instance.id()))
                .map(row -> new RuleSetStatus.InstanceVersion(row.instance(), row.version())).forEach(answering::add);
        return answering;
    }

    /** What the library remembers of one rule set; written under the library's lock. */
    private static final class Books {

        volatile ScenarioReport report;
        volatile Attempt lastAttempt;
        volatile List<Scenario> scenarios = List.of();
        final Deque<ActiveRuleSets.Activation> activations = new ConcurrentLinkedDeque<>();
    }
}
