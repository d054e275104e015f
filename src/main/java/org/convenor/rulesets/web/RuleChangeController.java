package org.convenor.rulesets.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.convenor.network.Reader;
import org.convenor.rulesets.CheckReport;
import org.convenor.rulesets.HistoryEntry;
import org.convenor.rulesets.RuleSetPublisher;
import org.convenor.rulesets.drafts.DraftImpact;
import org.convenor.rulesets.drafts.PolicyTable;
import org.convenor.rulesets.drafts.PolicyTables;
import org.convenor.rulesets.drafts.Preview;
import org.convenor.rulesets.drafts.RuleChanges;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Drafts, check, accept, publish, history and restore of a rule set; who may call what is set in the security chain. */
@RestController
@RequestMapping("/api/rulesets/{name}")
@Tag(name = "Rule changes", description = "An editor's way to change a rule set safely: a private draft of the "
        + "active version, checked through the gate, published with a message, recorded in the history and "
        + "restorable. A draft's rules may call only what the rule vocabulary allows; every publish is "
        + "recorded with its author.")
class RuleChangeController {

    private static final String FILE = "/drafts/{id}/files/{folder}/{file}";
    private static final String PROBLEM = "#/components/schemas/Problem";
    /** A path that cannot name a draft file: the same problem as bad input anywhere. */
    private static final String BAD_PATH = "#/components/responses/BadInput";

    private final RuleChanges changes;
    private final DraftImpact impact;
    private final PolicyTables tables;

    RuleChangeController(RuleChanges changes, DraftImpact impact, PolicyTables tables) {
        this.changes = changes;
        this.impact = impact;
        this.tables = tables;
    }

    /**
     * @param rows the table's new rows, every one of them, in the columns' order: what is left out is removed,
     *     what is new is added
     */
    record TableRows(
            @ArraySchema(maxItems = 1000, schema = @Schema(implementation = PolicyTable.Row.class))
            List<List<@Nullable Object>> rows) {
    }

    /** @param message why, in the editor's words: it is recorded with the change */
    record Publication(String message) {
    }

    /**
     * @param scenario the draft's scenario file whose new values to accept, {@code scenarios/<file>.yaml}
     * @param name the scenario's title, reworded to say what it now states; left out, it stays as it is
     * @param description the scenario's description, reworded; left out, it stays as it is
     */
    record Acceptance(String scenario, @Nullable String name, @Nullable String description) {
    }

    @PostMapping("/drafts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "createDraft", summary = "Make a draft of the rule set's active version",
            description = "A private copy of the files of the rule set's newest history entry, which is "
                    + "the version answering now.",
            responses = @ApiResponse(responseCode = "201", description = "The new draft and its files"))
    RuleChanges.DraftView createDraft(@PathVariable String name, Principal editor) {
        return changes.create(editor.getName(), name);
    }

    @GetMapping("/drafts")
    @Operation(operationId = "listDrafts", summary = "List your drafts of the rule set",
            description = "Your own drafts, oldest first; with `askingForApproval=true`, instead every EDITOR's "
                    + "drafts that ask for approval (those sent back left out), which any EDITOR may read.",
            responses = @ApiResponse(responseCode = "200", description = "The drafts"))
    List<RuleChanges.DraftView> drafts(@PathVariable String name,
            @Parameter(description = "List the drafts that ask for approval, anyone's, instead of your own")
            @RequestParam(defaultValue = "false") boolean askingForApproval,
            Principal editor) {
        return askingForApproval ? changes.asking(name) : changes.drafts(editor.getName(), name);
    }

    @DeleteMapping("/drafts/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "discardDraft", summary = "Discard one of your drafts",
            responses = @ApiResponse(responseCode = "204", description = "Discarded"))
    void discardDraft(@PathVariable String name, @PathVariable String id, Principal editor) {
        changes.discard(editor.getName(), name, id);
    }

    @GetMapping(value = FILE, produces = MediaType.TEXT_PLAIN_VALUE)
    @Operation(operationId = "readDraftFile", summary = "Read a file of your draft, or of one that asks for approval",
            description = "`folder` is `rules` or `scenarios`; `file` a `.drl` or `.yaml` file in it, its "
                    + "name at most 100 letters, digits, `.`, `_` or `-`.",
            responses = {@ApiResponse(responseCode = "200", description = "The file's text"),
                @ApiResponse(responseCode = "400", ref = BAD_PATH)})
    String readFile(@PathVariable String name, @PathVariable String id, @PathVariable String folder,
            @PathVariable String file, Principal editor) {
        return changes.readFile(editor.getName(), name, id, folder + "/" + file);
    }

    @PutMapping(value = FILE, consumes = MediaType.TEXT_PLAIN_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "writeDraftFile", summary = "Write a file of your draft",
            description = "UTF-8 text within `convenor.rule-changes.max-file-size`; creates the file if "
                    + "it is new.",
            responses = @ApiResponse(responseCode = "204", description = "Written"))
    void writeFile(@PathVariable String name, @PathVariable String id, @PathVariable String folder,
            @PathVariable String file, @RequestBody byte[] content, Principal editor) {
        changes.writeFile(editor.getName(), name, id, folder + "/" + file, content);
    }

    @DeleteMapping(FILE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteDraftFile", summary = "Delete a file of your draft",
            responses = {@ApiResponse(responseCode = "204", description = "Deleted"),
                @ApiResponse(responseCode = "400", ref = BAD_PATH)})
    void deleteFile(@PathVariable String name, @PathVariable String id, @PathVariable String folder,
            @PathVariable String file, Principal editor) {
        changes.deleteFile(editor.getName(), name, id, folder + "/" + file);
    }

    @GetMapping("/drafts/{id}/tables")
    @Operation(operationId = "getDraftTables", summary = "The policy tables of your draft, or of one that asks for approval",
            description = "As `GET /api/rulesets/{name}/tables`, read from the draft's own DRL as it stands.",
            responses = @ApiResponse(responseCode = "200", description = "The draft's tables"))
    List<PolicyTable> draftTables(@PathVariable String name, @PathVariable String id, Principal editor) {
        return tables.ofDraft(editor.getName(), name, id);
    }

    @PutMapping("/drafts/{id}/tables/{tableId}")
    @Operation(operationId = "writeDraftTable", summary = "Write a policy table of your draft",
            description = """
                    Rewrites the table's lines in the draft's DRL and nothing else: comments, layout and the \
                    columns' alignment stay, a row that did not change keeps its text, a removed row's line goes and \
                    an added row is a new line after the one before it (a LIST keeps its line breaks). Each value is \
                    checked against its column, then each row is made by the fact's own record, whose refusal is \
                    given at the cell: 400 naming `rows[i][j]`. A table of one row of settings keeps its one row; \
                    every table keeps at least one. Check the draft afterwards, as after any edit.""",
            responses = {@ApiResponse(responseCode = "200", description = "The table as the draft now holds it"),
                @ApiResponse(responseCode = "400", ref = BAD_PATH)})
    PolicyTable writeTable(@PathVariable String name, @PathVariable String id, @PathVariable String tableId,
            @RequestBody TableRows rows, Principal editor) {
        return tables.write(editor.getName(), name, id, tableId, rows.rows());
    }

    @PostMapping("/drafts/{id}/check")
    @Operation(operationId = "checkDraft", summary = "Check your draft, or one that asks for approval, through the gate",
            description = "Compiles the draft (errors at the line of the mistake, in plain words, with "
                    + "Drools' text as `detail`), runs every scenario (failures per field path, expected and "
                    + "actual) and measures rule coverage: the same gate a publish passes.",
            responses = @ApiResponse(responseCode = "200", description = "PASSED or REJECTED, and why"))
    CheckReport check(@PathVariable String name, @PathVariable String id, Principal editor) {
        return changes.check(editor.getName(), name, id);
    }

    @PostMapping("/drafts/{id}/accept")
    @Operation(operationId = "acceptScenario", summary = "Accept a scenario's new values in your draft",
            description = "Each `expect` object is paired with the answer element of the same memberId, "
                    + "sector and kind, which are never rewritten; its other listed fields take the values the "
                    + "draft's rules now give. `expectNone` entries that now match are removed. Nothing else in "
                    + "the file changes, but for the title and description when `name` or `description` is sent (an "
                    + "accepted change is a decision: say what the scenario now states); values written as phrases "
                    + "of the policy tables are never replaced. What cannot be settled comes back as `unresolved`. "
                    + "The draft records the scenario as accepted, and its publish records it in the history entry "
                    + "(`acceptedScenarios`).",
            responses = {@ApiResponse(responseCode = "200", description = "What changed in the file"),
                @ApiResponse(responseCode = "422", description = "The draft's rules do not compile",
                        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))})
    RuleChanges.Accepted accept(@PathVariable String name, @PathVariable String id,
            @RequestBody Acceptance acceptance, Principal editor) {
        return changes.accept(editor.getName(), name, id, acceptance.scenario(), acceptance.name(),
                acceptance.description());
    }

    @PostMapping("/drafts/{id}/preview")
    @Operation(operationId = "previewDraft", summary = "See what your draft, or one that asks for approval, would "
            + "change over the stored network",
            description = "Runs the stored network (every member for fees and relationships, every stored "
                    + "campaign for coalitions) through the active version and through the draft, and lists the "
                    + "decisions added, removed and changed, paired by subject: a warning that becomes critical is "
                    + "one change. Unchanged decisions are counted, not listed.",
            responses = {@ApiResponse(responseCode = "200", description = "What would change"),
                @ApiResponse(responseCode = "422", description = "The draft's rules do not compile",
                        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))})
    Preview preview(@PathVariable String name, @PathVariable String id,
            @Parameter(description = "The day to decide as of; left out, today in the office's time zone")
            @RequestParam(required = false) LocalDate asOf,
            Principal editor) {
        return impact.preview(Reader.of(editor), name, id, asOf);
    }

    @PostMapping("/drafts/{id}/publish")
    @Operation(operationId = "publishDraft", summary = "Publish your draft with a message",
            description = "Judges a staging copy through the gate, then puts the rule and scenario files "
                    + "in place together, activates the new version and records it with you as author (and, with "
                    + "`convenor.rule-changes.approvals` = 1, who approved it). The draft is gone once published.",
            responses = {@ApiResponse(responseCode = "200", description = "Active, and recorded in the history"),
                @ApiResponse(responseCode = "409", description = "The rule set changed since the draft was made "
                        + "(`urn:convenor:problem:rule-set-moved-on`; `since` lists the newer entries); or, with "
                        + "`convenor.rule-changes.approvals` = 1, the draft lacks an approval by another EDITOR of its "
                        + "files as they stand (`urn:convenor:problem:approval-missing`; `missing` says so, `review` "
                        + "where the draft stands)",
                        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM))),
                @ApiResponse(responseCode = "422", description = "The gate refused the draft; `report` says why and "
                        + "nothing was written",
                        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))})
    RuleSetPublisher.Published publish(@PathVariable String name, @PathVariable String id,
            @RequestBody Publication publication, Principal editor) {
        return changes.publish(editor.getName(), name, id, publication.message());
    }

    @GetMapping("/history")
    @Operation(operationId = "ruleSetHistory", summary = "The versions of the rule set that became active",
            description = "Newest first: who, when, why, which files and who approved it; the newest is the "
                    + "active version. A change saved straight to disk has the author `file system`.",
            responses = @ApiResponse(responseCode = "200", description = "The history, newest first"))
    List<HistoryEntry> history(@PathVariable String name) {
        return changes.history(name);
    }

    @PostMapping("/history/{id}/restore")
    @Operation(operationId = "restoreRuleSet", summary = "Publish an earlier version again",
            description = "The entry's files go live again as a new entry, through the same gate. Every entry "
                    + "was once active, so a restore needs no approval.",
            responses = {@ApiResponse(responseCode = "200", description = "Active, and recorded in the history"),
                @ApiResponse(responseCode = "422", description = "The gate refused it; `report` says why",
                        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = PROBLEM)))})
    RuleSetPublisher.Published restore(@PathVariable String name, @PathVariable String id,
            @RequestBody Publication publication, Principal editor) {
        return changes.restore(editor.getName(), name, id, publication.message());
    }
}
