package org.convenor.rulesets;

import java.net.URI;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Puts a new version of a rule set live: a draft being published, or a history entry being restored. The
 * files are staged outside the rules folder and judged there by the gate; only if they pass are the rule and
 * scenario files put in place together (under the journal), the candidate activated and the change recorded
 * with its author and message. Nothing is written when the gate refuses, and publishing a draft whose base
 * is no longer the rule set's newest entry is refused too: the editor would undo what was published since.
 */
@Service
public class RuleSetPublisher {

    private final RuleSetLibrary library;
    private final RuleSetGate gate;
    private final RuleSetHistory history;
    private final PublishJournal journal;
    private final RuleSetFiles.FileWriter writer;

    @Autowired
    RuleSetPublisher(RuleSetLibrary library, RuleSetGate gate, RuleSetHistory history, PublishJournal journal) {
        this(library, gate, history, journal, RuleSetFiles::writeAtomically);
    }

    RuleSetPublisher(RuleSetLibrary library, RuleSetGate gate, RuleSetHistory history, PublishJournal journal,
            RuleSetFiles.FileWriter writer) {
        this.library = library;
        this.gate = gate;
        this.history = history;
        this.journal = journal;
        this.writer = writer;
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
            HistoryEntry head = history.head(files.ruleSet()).orElseThrow();
            if (!head.id().equals(base)) {
                List<HistoryEntry> since = history.entries(files.ruleSet()).stream()
                        .takeWhile(entry -> !entry.id().equals(base)).toList();
                throw new HeadMovedException(files.ruleSet(), base, since);
            }
            return putLive(files, author, message, approvedBy);
        }
    }

    /** Publishes an earlier entry's files again, as a new entry, through the same gate. */
    public Published restore(String ruleSet, String entryId, String author, String message) {
        synchronized (library) {
            return putLive(history.files(ruleSet, entryId), author, message, List.of());
        }
    }

    private Published putLive(RuleSetFiles files, String author, String message, List<String> approvedBy) {
        PublishJournal.Entry staged = journal.stage(files);
        Verdict verdict = gate.judge(files.ruleSet(), journal.stagedRules(staged), journal.stagedScenarios(staged));
        if (!verdict.passed()) {
            journal.discard(staged);
            throw new GateRejectedException(verdict);
        }
        journal.open(staged);
        journal.putInPlace(staged, writer);
        Attempt attempt = library.activate(verdict);
        HistoryEntry entry = history.record(files, author, message, approvedBy);
        journal.close(staged);
        return new Published(attempt, entry);
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
