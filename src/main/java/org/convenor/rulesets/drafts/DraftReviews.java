package org.convenor.rulesets.drafts;

import java.time.Clock;
import java.util.List;

import org.convenor.rulesets.RuleChangeProperties;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * A second pair of eyes before a draft goes live ({@code convenor.rule-changes.approvals = 1}): its author asks for
 * approval, which lets every EDITOR read, check and preview it; another EDITOR approves its files as they stand, or
 * sends it back saying why. An approval binds to the hash of all the draft's files, so any later change withdraws
 * it. With approvals at 0 an editor publishes alone and none of this is offered.
 */
@Service
public class DraftReviews {

    static final int MAX_NOTE = 1000;

    private final RuleChanges changes;
    private final DraftStore drafts;
    private final ReviewTable table;
    private final int needed;
    private final Clock clock;

    DraftReviews(RuleChanges changes, DraftStore drafts, ReviewTable table, RuleChangeProperties properties,
            Clock clock) {
        this.changes = changes;
        this.drafts = drafts;
        this.table = table;
        this.needed = properties.approvals();
        this.clock = clock;
    }

    /** The author asks for approval; asking again while it waits, or is approved, changes nothing. */
    public RuleChanges.DraftView ask(String editor, String ruleSet, String id) {
        Draft draft = changes.draft(editor, ruleSet, id);
        String hash = approvable(draft);
        Review now = table.newest(ruleSet, id).map(row -> Review.of(row, hash)).orElse(null);
        if (now == null || now.state() == Review.State.SENT_BACK || now.state() == Review.State.WITHDRAWN) {
            table.insert(new ReviewTable.Row(id, ruleSet, draft.owner(), ReviewTable.Verdict.ASKED, hash, editor,
                    clock.instant(), null));
        }
        return changes.view(draft);
    }

    /**
     * Approves the draft's files as they stand.
     *
     * @param seen the hash of the files as the approver read them, if they say; the draft must still be so
     */
    public RuleChanges.DraftView approve(String editor, String ruleSet, String id, @Nullable String seen) {
        Draft draft = othersDraft(editor, ruleSet, id, "approve");
        String hash = approvable(draft);
        if (seen != null && !seen.equals(hash)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "The draft changed since you read it (its files "
                    + "hashed to " + seen + ", now to " + hash + "): read it again before you approve it.");
        }
        table.insert(new ReviewTable.Row(id, ruleSet, draft.owner(), ReviewTable.Verdict.APPROVED, hash, editor,
                clock.instant(), null));
        return changes.view(draft);
    }

    /** Sends the draft back to its author, saying why; any approval it had no longer counts. */
    public RuleChanges.DraftView sendBack(String editor, String ruleSet, String id, @Nullable String note) {
        if (note == null || note.isBlank() || note.length() > MAX_NOTE) {
            throw new InvalidInputException(List.of(new FieldProblem("note", "say what the author should change, in "
                    + "at most " + MAX_NOTE + " characters")));
        }
        Draft draft = othersDraft(editor, ruleSet, id, "send back");
        table.insert(new ReviewTable.Row(id, ruleSet, draft.owner(), ReviewTable.Verdict.SENT_BACK,
                approvable(draft), editor, clock.instant(), note.strip()));
        return changes.view(draft);
    }

    /** A draft that asked for approval, of an editor other than the caller: an author never reviews their own. */
    private Draft othersDraft(String editor, String ruleSet, String id, String what) {
        if (needed == 0) {
            throw off();
        }
        Draft draft = changes.readable(editor, ruleSet, id);
        if (draft.owner().equals(editor)) {
            throw new OwnDraftException(what);
        }
        return draft;
    }

    private String approvable(Draft draft) {
        if (needed == 0) {
            throw off();
        }
        return Review.hashOf(drafts.files(draft));
    }

    private static ResponseStatusException off() {
        return new ResponseStatusException(HttpStatus.CONFLICT, "Approvals are off here "
                + "(convenor.rule-changes.approvals = 0): an editor publishes their draft alone.");
    }
}
