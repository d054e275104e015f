package org.convenor.rulesets.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.convenor.rulesets.ActiveHead;
import org.convenor.rulesets.Attempt;
import org.convenor.rulesets.RuleSetLibrary;
import org.convenor.rulesets.RuleSetStatus;
import org.convenor.rulesets.UnknownRuleSetException;
import org.convenor.rulesets.drafts.PolicyTable;
import org.convenor.rulesets.drafts.PolicyTables;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Rule sets", description = "The rule sets answering now: their rules, scenarios and coverage, and what "
        + "became of the last change.")
class RuleSetController {

    private final RuleSetLibrary library;
    private final ActiveHead head;
    private final PolicyTables tables;

    RuleSetController(RuleSetLibrary library, ActiveHead head, PolicyTables tables) {
        this.library = library;
        this.head = head;
        this.tables = tables;
    }

    @GetMapping("/api/rulesets")
    @Operation(operationId = "listRuleSets", summary = "List the rule sets and how each stands",
            description = """
                    For each rule set on disk: the version answering now and since when, its rules, how its \
                    scenarios went, which rules they fire, and what became of the last attempt to load it; and, in \
                    `instances`, the version each instance sharing the database answers with (this one first, then \
                    every other heard from lately: a publish on one is active on the others within a second or \
                    so). Open to all; it names no people.""",
            responses = @ApiResponse(responseCode = "200", description = "Every rule set on disk, by name"))
    List<RuleSetStatus> all() {
        return library.statuses();
    }

    /** Operator only: rebuild every rule set from disk through the gate, and say per rule set what happened. */
    @PostMapping("/api/rulesets/reload")
    @Operation(operationId = "reloadRuleSets", summary = "Reload every rule set from disk through the gate",
            description = """
                    Rebuilds each rule set from its files, runs its scenarios and activates only \
                    what compiles, passes every scenario and has every rule fired by one; otherwise the active \
                    version keeps answering. Answers what happened to each.""",
            responses = @ApiResponse(responseCode = "200", description = "One attempt per rule set"))
    List<Attempt> reload() {
        return head.reloadAll();
    }

    @GetMapping("/api/rulesets/{name}")
    @Operation(operationId = "getRuleSet",
            summary = "Show one rule set: its rules, scenarios, coverage and last change",
            description = """
                    The same as one entry of the list. `version` and `activatedAt` are null while no version has \
                    passed the gate; `lastAttempt` says why.""",
            responses = @ApiResponse(responseCode = "200", description = "The rule set"))
    RuleSetStatus one(
            @Parameter(description = "The rule set's folder name", example = "fees") @PathVariable String name) {
        return library.status(name).orElseThrow(() -> new UnknownRuleSetException(name));
    }

    @GetMapping("/api/rulesets/{name}/tables")
    @Operation(operationId = "getPolicyTables", summary = "The tables staff tune, as the active version has them",
            description = """
                    Every policy table of the active version, found in its DRL: the facts a rule with no conditions \
                    inserts one per line (`ROWS`: cadences, income bands, weights) or one list of choices (`LIST`: \
                    the Global South countries, the sector order, what counts as contact). Columns and their types \
                    come from the fact's record; a `CHOICE` column lists its choices. `id` stays the same from \
                    version to version. Empty while no version has passed the gate. Open to all, like the rule sets.""",
            responses = @ApiResponse(responseCode = "200", description = "The tables, by file and place in it"))
    List<PolicyTable> tables(
            @Parameter(description = "The rule set's folder name", example = "relationships") @PathVariable String name) {
        return tables.active(name);
    }
}
