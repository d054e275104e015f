package org.convenor.rulesets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.ErrorResponseException;

/**
 * Puts a new version of a rule set live: a draft being published, or a history entry being restored. The files
 * are staged in the scratch folder and judged there by the gate; only if they pass is the change recorded, in one
 * transaction that locks the history's head (publishes on every instance take turns), checks the draft's base and
 * moves the head: that transaction is the publish's journal, all or nothing across a crash. Then the candidate is
 * activated here and written through to the rules folder; every other instance follows the change log. Nothing is
 * written when the gate refuses, and publishing a draft whose base is no longer the rule set's newest entry is
 * refused too: the editor would undo what was published since.
 */
@Service
public class RuleSetPublisher {

    private final RuleSetLibrary library;
    private final RuleSetGate gate;
    private final RuleSetHistory history;
    private final ActiveHead head;
    private final TransactionTemplate transactions;
    private final Path staging;

    RuleSetPublisher(RuleSetLibrary library, RuleSetGate gate, RuleSetHistory history, ActiveHead head,
            PlatformTransactionManager transactions, RuleChangeProperties properties) {
        this.library = library;
        this.gate = gate;
        this.history = history;
        this.head = head;
        this.transactions = new TransactionTemplate(transactions);
        this.staging = properties.scratch().resolve("staged");
        // No publish is under way at start-up: whatever a crash left staged goes.
        remove(staging);
    }

    /** What a publish or restore did: the attempt that activated it and the history entry that records it. */
    public record Published(Attempt attempt, HistoryEntry entry) {
    }

    /**
     * @param base the history entry the files were drafted from
     * @throws HeadMovedException when the rule set's newest entry is no longer {@code base}
     * @throws GateRejectedException when the gate refuses the files; nothing is written
     */
    public Published publish(String base, RuleSetFiles files, String author, String message) {
        return publish(base, files, author, message, List.of());
    }

    /** As {@link #publish(String, RuleSetFiles, String, String)}, recording who approved the files. */
    public Published publish(String base, RuleSetFiles files, String author, String message, List<String> approvedBy) {
        synchronized (library) {
            Verdict verdict = judge(files);
            HistoryEntry entry = transactions.execute(status -> {
                history.lockHead();
                HistoryEntry current = history.head(files.ruleSet()).orElseThrow();
                if (!current.id().equals(base)) {
                    List<HistoryEntry> since = history.entries(files.ruleSet()).stream()
                            .takeWhile(newer -> !newer.id().equals(base)).toList();
                    throw new HeadMovedException(files.ruleSet(), base, since);
                }
                return history.record(files, author, message, approvedBy);
            });
            history.committed();
            return activate(verdict, files, entry);
        }
    }

    /** Publishes an earlier entry's files again, as a new entry, through the same gate. */
    public Published restore(String ruleSet, String entryId, String author, String message) {
        synchronized (library) {
            RuleSetFiles files = history.files(ruleSet, entryId);
            Verdict verdict = judge(files);
            return activate(verdict, files, history.record(files, author, message));
        }
    }

    private Verdict judge(RuleSetFiles files) {
        Path folder = staging.resolve(UUID.randomUUID().toString());
        try {
            files.writeTo(folder.resolve("rules"), folder.resolve("scenarios"), Files::write);
            Verdict verdict = gate.judge(files.ruleSet(), folder.resolve("rules"), folder.resolve("scenarios"));
            if (!verdict.passed()) {
                throw new GateRejectedException(verdict);
            }
            return verdict;
        } finally {
            remove(folder);
        }
    }

    private Published activate(Verdict verdict, RuleSetFiles files, HistoryEntry entry) {
        Attempt attempt = library.activate(verdict);
        head.wroteThrough(files, entry);
        return new Published(attempt, entry);
    }

    private static void remove(Path folder) {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + folder, e);
        }
    }

    /**
     * The rule set moved on since the draft was made: publishing it would undo what was published since. A 409
     * problem listing the newer entries ({@code since}).
     */
    public static class HeadMovedException extends ErrorResponseException {

        private final transient List<HistoryEntry> since;

        public HeadMovedException(String ruleSet, String base, List<HistoryEntry> since) {
            super(HttpStatus.CONFLICT);
            this.since = List.copyOf(since);
            setType(URI.create("urn:convenor:problem:rule-set-moved-on"));
            setTitle("The rule set changed since the draft");
            setDetail("Rule set '" + ruleSet + "' changed since this draft was made from " + base + ": "
                    + since.size() + " newer version(s). Make a new draft from the current version and bring your "
                    + "changes into it.");
            getBody().setProperty("since", this.since);
        }

        public List<HistoryEntry> since() {
            return since;
        }
    }

    /** The gate refused the files: a 422 problem whose {@code report} says why; nothing was written. */
    public static class GateRejectedException extends ErrorResponseException {

        private final transient Verdict verdict;

        public GateRejectedException(Verdict verdict) {
            super(HttpStatus.UNPROCESSABLE_CONTENT);
            this.verdict = verdict;
            setType(URI.create("urn:convenor:problem:gate-rejected"));
            setTitle("The gate refused the change");
            setDetail("Rule set '" + verdict.ruleSet() + "' was not published: " + verdict.problem()
                    + ". Nothing was written; the active version keeps answering.");
            getBody().setProperty("report", CheckReport.of(verdict));
        }

        public Verdict verdict() {
            return verdict;
        }
    }
}
