package org.convenor.rulesets.web;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.convenor.rulesets.HistoryDiff;
import org.convenor.rulesets.drafts.DraftReviews;
import org.convenor.rulesets.drafts.RuleChanges;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A second pair of eyes on a draft ({@code convenor.rule-changes.approvals = 1}): one draft as any EDITOR may read
 * it once it asks for approval, what it changes, asking, approving and sending back.
 */
@RestController
@RequestMapping("/api/rulesets/{name}/drafts/{id}")
@Tag(name = "Rule changes")
class DraftReviewController {

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final String OFF = "Approvals are off (`convenor.rule-changes.approvals` = 0)";

    private final RuleChanges changes;
    private final DraftReviews reviews;

    DraftReviewController(RuleChanges changes, DraftReviews reviews) {
        this.changes = changes;
        this.reviews = reviews;
    }

    /** @param hash the draft's {@code hash} as you read it: if the draft has changed since, nothing is approved */
    record Approval(@Nullable String hash) {
    }

    /** @param note what the author should change */
    record SendBack(@Schema(maxLength = 1000) String note) {
    }

    @GetMapping
    @Operation(operationId = "getDraft", summary = "One draft: yours, or another EDITOR's that asks for approval",
            description = "Its files, its `hash` (what an approval binds to) and where it stands with its approval.",
            responses = @ApiResponse(responseCode = "200", description = "The draft"))
    RuleChanges.DraftView draft(@PathVariable String name, @PathVariable String id, Principal editor) {
        return changes.open(editor.getName(), name, id);
    }

    @GetMapping("/changes")
    @Operation(operationId = "draftChanges", summary = "What the draft changes against the version it was made from",
            description = "File by file, the lines removed and the lines added, with their line numbers: what a "
                    + "reviewer reads before approving. Your own draft, or one that asks for approval.",
            responses = @ApiResponse(responseCode = "200", description = "The changed files"))
    List<HistoryDiff.FileChange> changes(@PathVariable String name, @PathVariable String id, Principal editor) {
        return changes.changesFromBase(editor.getName(), name, id);
    }

    @PostMapping("/ask-approval")
    @Operation(operationId = "askApproval", summary = "Ask another EDITOR to approve your draft",
            description = "From now on every EDITOR may read, check and preview the draft (`GET "
                    + "/api/rulesets/{name}/drafts?askingForApproval=true` lists them). Asking again while it waits "
                    + "or is approved changes nothing.",
            responses = {@ApiResponse(responseCode = "200", description = "The draft, asking for approval"),
                @ApiResponse(responseCode = "409", description = OFF,
                        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))})
    RuleChanges.DraftView ask(@PathVariable String name, @PathVariable String id, Principal editor) {
        return reviews.ask(editor.getName(), name, id);
    }

    @PostMapping("/approve")
    @Operation(operationId = "approveDraft", summary = "Approve another EDITOR's draft as it stands",
            description = "Approves the draft's files as they stand now (the `hash` of them all): any later edit, "
                    + "table saved or scenario accepted withdraws the approval. Send the `hash` you read to be sure "
                    + "you approve what you read. The author can then publish it.",
            responses = {@ApiResponse(responseCode = "200", description = "The draft, approved"),
                @ApiResponse(responseCode = "403", description = "Signed in without the EDITOR role, or the draft is "
                        + "your own (`urn:convenor:problem:own-draft`): an author never approves their own",
                        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM))),
                @ApiResponse(responseCode = "409", description = OFF + "; or the draft changed since you read it "
                        + "(its `hash` differs from the one sent)",
                        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))})
    RuleChanges.DraftView approve(@PathVariable String name, @PathVariable String id,
            @RequestBody(required = false) @Nullable Approval approval, Principal editor) {
        return reviews.approve(editor.getName(), name, id, approval == null ? null : approval.hash());
    }

    @PostMapping("/send-back")
    @Operation(operationId = "sendBackDraft", summary = "Send another EDITOR's draft back, saying why",
            description = "The author sees your name and note on the draft's page; an approval the draft had no longer "
                    + "counts. The author changes it and asks again.",
            responses = {@ApiResponse(responseCode = "200", description = "The draft, sent back"),
                @ApiResponse(responseCode = "403", description = "Signed in without the EDITOR role, or the draft is "
                        + "your own (`urn:convenor:problem:own-draft`)",
                        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM))),
                @ApiResponse(responseCode = "409", description = OFF,
                        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))})
    RuleChanges.DraftView sendBack(@PathVariable String name, @PathVariable String id, @RequestBody SendBack sendBack,
            Principal editor) {
        return reviews.sendBack(editor.getName(), name, id, sendBack.note());
    }
}
