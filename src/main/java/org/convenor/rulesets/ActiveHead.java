package org.convenor.rulesets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.RulesProperties;
import org.convenor.rulesets.store.ChangeTable;
import org.convenor.rulesets.store.InstanceProperties;
import org.convenor.rulesets.store.InstanceTable;
import org.convenor.rulesets.store.ThisInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance on the database's head. The history's head is what is active; the rules and scenarios
 * folders on disk are its copy, written through on every new head, and the seed of a rule set the history does not
 * hold yet. An edit saved on disk is taken (judged by the gate, recorded by the file system) only when the folder
 * was last written from the rule set's head; otherwise it is refused, logged, kept aside in the scratch folder, and
 * the head written over it. Every {@code convenor.instances.poll} the change log is read, and a head another
 * instance moved is made active here; the instance's row says it is up and which version of each rule set it
 * answers with. All under the library's lock, the one every change of what is active takes.
 */
@Component
public class ActiveHead implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ActiveHead.class);
    private static final long HEARTBEAT_MILLIS = 5_000;

    private final RuleSetLibrary library;
    private final RuleSetHistory history;
    private final DefaultRuleSets defaults;
    private final RulesProperties rules;
    private final ActiveRuleSets active;
    private final ChangeTable changes;
    private final InstanceTable instances;
    private final ThisInstance instance;
    private final InstanceProperties properties;
    private final Clock clock;
    private final Path marks;
    private final Path refused;
    private volatile long seen = -1;
    private volatile Map<String, String> told = Map.of();
    private long lastHeartbeat;
    private ScheduledExecutorService follower;

    ActiveHead(RuleSetLibrary library, RuleSetHistory history, DefaultRuleSets defaults, RulesProperties rules,
            ActiveRuleSets active, ChangeTable changes, InstanceTable instances, ThisInstance instance,
            InstanceProperties properties, RuleChangeProperties ruleChanges, Clock clock) {
        this.library = library;
        this.history = history;
        this.defaults = defaults;
        this.rules = rules;
        this.active = active;
        this.changes = changes;
        this.instances = instances;
        this.instance = instance;
        this.properties = properties;
        this.clock = clock;
        this.marks = ruleChanges.scratch().resolve("on-disk");
        this.refused = ruleChanges.scratch().resolve("refused");
    }

    /**
     * At start-up: writes every rule set the history holds to disk where the folder lacks it, creates the shipped
     * ones still missing, then settles each rule set and loads it through the gate.
     */
    List<Attempt> settleAll() {
        synchronized (library) {
            seen = changes.last();
            for (String name : history.ruleSets()) {
                if (!Files.isDirectory(rules.directory().resolve(name))) {
                    HistoryEntry head = history.head(name).orElseThrow();
                    log.info("Rule set {} is in the history but not on disk: writing its head {} there.", name,
                            head.id());
                    writeThrough(history.files(name, head.id()));
                }
            }
            defaults.createMissing();
            Set<String> names = new LinkedHashSet<>(library.names());
            names.addAll(history.ruleSets());
            List<Attempt> attempts = new ArrayList<>();
            for (String name : names) {
                attempts.add(settle(name));
            }
            instances.started(instance.id(), clock.instant());
            heartbeat(true);
            return attempts;
        }
    }

    /** Settles and loads every rule set on disk again (an operator's reload). */
    public List<Attempt> reloadAll() {
        synchronized (library) {
            return library.names().stream().map(this::settle).toList();
        }
    }

    /** Makes the rule set's folder agree with its head, taking an edit made on the head, and loads it. */
    Attempt settle(String name) {
        synchronized (library) {
            Optional<HistoryEntry> head = history.head(name);
            if (head.isEmpty()) {
                return loaded(name, library.load(name));
            }
            RuleSetFiles disk = onDisk(name);
            RuleSetFiles headFiles = history.files(name, head.get().id());
            if (!disk.sameContent(headFiles)) {
                Optional<String> mark = mark(name);
                if (mark.equals(Optional.of(head.get().id()))) {
                    return loaded(name, library.load(name));
                }
                boolean behind = mark.isPresent() && history.entry(name, mark.get()).isPresent()
                        && disk.sameContent(history.files(name, mark.get()));
                if (!behind && !disk.files().isEmpty()) {
                    Path aside = refused.resolve(name + "-" + clock.millis());
                    disk.writeTo(aside.resolve("rules"), aside.resolve("scenarios"), Files::write);
                    log.warn("The files of rule set {} on disk were not written from its head {} (another instance "
                            + "published, or the folder was edited while this one was down): refused, kept in {}; "
                            + "the head is written over them.", name, head.get().id(), aside);
                }
                writeThrough(headFiles);
            }
            mark(name, head.get().id());
            return library.load(name);
        }
    }

    /**
     * The folder was loaded from the head or from an edit of it; the gate's verdict is recorded, so whatever is active
     * now is the head. Marked by the version, not by reading the folder again: an editor may already have saved the
     * next edit, which is based on this head too.
     */
    private Attempt loaded(String name, Attempt attempt) {
        history.head(name).ifPresent(head -> {
            if (active.find(name).filter(ruleSet -> ruleSet.version().equals(head.version())).isPresent()) {
                mark(name, head.id());
            }
        });
        return attempt;
    }

    /** A publish or restore put these files at the head and activated them: the folder follows. */
    void wroteThrough(RuleSetFiles files, HistoryEntry head) {
        synchronized (library) {
            writeThrough(files);
            mark(files.ruleSet(), head.id());
        }
    }

    private void writeThrough(RuleSetFiles files) {
        files.writeTo(rules.directory().resolve(files.ruleSet()), rules.scenarios().resolve(files.ruleSet()),
                RuleSetFiles::writeAtomically);
    }

    /** Reads the change log and makes active here whatever head moved elsewhere. */
    void follow() {
        if (seen < 0) {
            return;
        }
        List<ChangeTable.Change> news = changes.after(seen);
        Set<String> moved = new LinkedHashSet<>();
        for (ChangeTable.Change change : news) {
            moved.add(change.ruleSet());
            seen = Math.max(seen, change.id());
        }
        for (String name : moved) {
            String version = active.find(name).map(ruleSet -> ruleSet.version()).orElse(null);
            Optional<HistoryEntry> head = history.head(name);
            if (head.isPresent() && !head.get().version().equals(version)) {
                Attempt attempt = settle(name);
                log.info("Rule set {} moved to {} on another instance: {} here.", name, head.get().id(),
                        attempt.outcome());
            }
        }
        heartbeat(false);
    }

    private void heartbeat(boolean now) {
        Map<String, String> versions = new TreeMap<>();
        active.all().forEach((name, activation) -> versions.put(name, activation.ruleSet().version()));
        long millis = clock.millis();
        if (now || !versions.equals(told) || millis - lastHeartbeat >= HEARTBEAT_MILLIS) {
            instances.seen(instance.id(), Instant.ofEpochMilli(millis), versions);
            told = versions;
            lastHeartbeat = millis;
        }
    }

    private RuleSetFiles onDisk(String name) {
        return RuleSetFiles.read(name, rules.directory().resolve(name), rules.scenarios().resolve(name));
    }

    private Optional<String> mark(String name) {
        Path file = marks.resolve(name);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private void mark(String name, String entry) {
        try {
            Files.createDirectories(marks);
            RuleSetFiles.writeAtomically(marks.resolve(name), entry.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + marks.resolve(name), e);
        }
    }

    @Override
    public void start() {
        if (seen < 0) {
            seen = changes.last();
        }
        follower = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rule-set-follower");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(50, properties.poll().toMillis());
        follower.scheduleWithFixedDelay(() -> {
            try {
                follow();
            } catch (RuntimeException e) {
                log.warn("Following the rule sets' change log failed; trying again: {}", e.getMessage());
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        follower.shutdownNow();
        try {
            if (!follower.awaitTermination(30, TimeUnit.SECONDS)) {
                log.warn("Following the rule sets' change log was still running when the service stopped");
            }
            instances.stopped(instance.id());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.debug("Could not say this instance stopped", e);
        }
    }

    @Override
    public boolean isRunning() {
        return follower != null && !follower.isShutdown();
    }
}
