package org.convenor.rulesets.drafts;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * With {@code convenor.rule-changes.approvals = 1}, a draft is published only once another EDITOR approved its files
 * as they stand: a 409 problem saying what is missing ({@code missing}) and where the draft stands ({@code review}).
 */
public class ApprovalMissingException extends ErrorResponseException {

    public static final String MISSING = "an approval by another EDITOR of the draft as it stands";

    public ApprovalMissingException(Draft draft, @Nullable Review review) {
        super(HttpStatus.CONFLICT);
        setType(URI.create("urn:convenor:problem:approval-missing"));
        setTitle("The draft needs an approval");
        setDetail("Draft " + draft.id() + " of '" + draft.ruleSet() + "' was not published: it needs " + MISSING
                + " (convenor.rule-changes.approvals = 1), and " + whereItStands(review) + ". Nothing was written.");
        getBody().setProperty("missing", MISSING);
        getBody().setProperty("review", review);
    }

    private static String whereItStands(@Nullable Review review) {
        if (review == null) {
            return "it has not asked for approval: ask, and another EDITOR reads, checks and approves it";
        }
        return switch (review.state()) {
            case ASKED -> "it asks for approval, but no other EDITOR has approved it yet";
            case WITHDRAWN -> review.by() + "'s approval was withdrawn when the draft changed after it: it needs "
                    + "approving again as it stands now";
            case SENT_BACK -> review.by() + " sent it back: " + review.note();
            case APPROVED -> "it is approved";
        };
    }
}
