package org.convenor.rulesets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import org.convenor.engine.RulesProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Makes putting a rule set's files in place all or nothing across a crash. Before the first live file is
 * touched, the new files and a backup of the live ones are staged and a journal names them; the journal is
 * removed once the new version is active and recorded. At start-up, before the gate, a journal left behind
 * is settled: if the history already records the staged files the publish is finished, otherwise the live
 * files are rolled back, so rules, scenarios, history and the active version always agree; then whatever else
 * a crash left staged is removed. The draft is kept until a publish completes, so nothing an editor wrote is lost.
 */
@Component
class PublishJournal {

    private static final Logger log = LoggerFactory.getLogger(PublishJournal.class);

    private final Path root;
    private final Path journal;
    private final RulesProperties rules;
    private final JsonMapper json;

    PublishJournal(RuleChangeProperties properties, RulesProperties rules, JsonMapper json) {
        this.root = properties.drafts().resolve(".publishing");
        this.journal = root.resolve("journal.json");
        this.rules = rules;
        this.json = json;
    }

    /** What one publish is doing: the rule set, and where its new files and the backup of the live ones are. */
    record Entry(String ruleSet, Path staged, Path backup) {
    }

    /** Stages the new files and backs up the live ones, without touching anything live yet. */
    Entry stage(RuleSetFiles files) {
        Path folder = root.resolve(UUID.randomUUID().toString());
        Entry entry = new Entry(files.ruleSet(), folder.resolve("new"), folder.resolve("backup"));
        files.writeTo(rulesOf(entry.staged()), scenariosOf(entry.staged()), Files::write);
        live(files.ruleSet()).writeTo(rulesOf(entry.backup()), scenariosOf(entry.backup()), Files::write);
        return entry;
    }

    /** The staged files, as the gate should judge them. */
    RuleSetFiles staged(Entry entry) {
        return RuleSetFiles.read(entry.ruleSet(), rulesOf(entry.staged()), scenariosOf(entry.staged()));
    }

    Path stagedRules(Entry entry) {
        return rulesOf(entry.staged());
    }

    Path stagedScenarios(Entry entry) {
        return scenariosOf(entry.staged());
    }

    /** From here until {@link #close} a crash leaves a journal that start-up settles. */
    void open(Entry entry) {
        try {
            Path written = root.resolve("journal.tmp");
            Files.write(written, json.writeValueAsBytes(entry));
            Files.move(written, journal, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the publish journal", e);
        }
    }

    void close(Entry entry) {
        try {
            Files.deleteIfExists(journal);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the publish journal", e);
        }
        discard(entry);
    }

    /** Removes what was staged for a publish that never touched a live file (the gate refused it, say). */
    void discard(Entry entry) {
        try {
            FileSystemUtils.deleteRecursively(entry.staged().getParent());
        } catch (IOException e) {
            log.warn("Could not remove staged files in {}: {}", entry.staged().getParent(), e.getMessage());
        }
    }

    /** Puts the staged files in place: the one step a crash can interrupt. */
    void putInPlace(Entry entry, RuleSetFiles.FileWriter writer) {
        staged(entry).writeTo(rules.directory().resolve(entry.ruleSet()), rules.scenarios().resolve(entry.ruleSet()),
                writer);
    }

    /**
     * Settles a publish a crash interrupted, then removes what any other unfinished publish staged (a crash while
     * the gate judged it, say): at start-up no publish is under way. Called at start-up before the gate.
     */
    void settle(RuleSetHistory history) {
        read().ifPresent(entry -> settle(entry, history));
        removeStaged();
    }

    private void settle(Entry entry, RuleSetHistory history) {
        RuleSetFiles staged = staged(entry);
        boolean recorded = history.head(entry.ruleSet())
                .map(head -> history.files(entry.ruleSet(), head.id()).sameContent(staged)).orElse(false);
        if (recorded) {
            log.warn("A publish of {} was interrupted after it was recorded; finishing it.", entry.ruleSet());
            putInPlace(entry, RuleSetFiles::writeAtomically);
        } else {
            log.warn("A publish of {} was interrupted before it was recorded; rolling its files back.",
                    entry.ruleSet());
            RuleSetFiles.read(entry.ruleSet(), rulesOf(entry.backup()), scenariosOf(entry.backup())).writeTo(
                    rules.directory().resolve(entry.ruleSet()), rules.scenarios().resolve(entry.ruleSet()),
                    RuleSetFiles::writeAtomically);
        }
        close(entry);
    }

    private void removeStaged() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> left = Files.list(root)) {
            for (Path staged : left.toList()) {
                log.warn("Removing {}, staged by a publish that never finished.", staged.getFileName());
                FileSystemUtils.deleteRecursively(staged);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove what unfinished publishes staged in " + root, e);
        }
    }

    private Optional<Entry> read() {
        if (!Files.isRegularFile(journal)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(journal.toFile(), Entry.class));
        } catch (RuntimeException e) {
            throw new IllegalStateException("The publish journal " + journal + " cannot be read; restore the rules "
                    + "folder from the history by hand, then delete the journal", e);
        }
    }

    private RuleSetFiles live(String ruleSet) {
        return RuleSetFiles.read(ruleSet, rules.directory().resolve(ruleSet), rules.scenarios().resolve(ruleSet));
    }

    private static Path rulesOf(Path folder) {
        return folder.resolve("rules");
    }

    private static Path scenariosOf(Path folder) {
        return folder.resolve("scenarios");
    }
}
