package org.convenor.rulesets.web;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.convenor.console.ConsolePage;
import org.convenor.rulesets.CheckReport;
import org.convenor.rulesets.drafts.PolicyTable;
import org.convenor.rulesets.drafts.PolicyTables;
import org.convenor.rulesets.drafts.RuleChanges;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A draft's policy table saved from its form: the cells as typed, rows ticked for removal left out, the empty row
 * at the bottom added if filled in. The table's lines in the draft's DRL are rewritten ({@link PolicyTables}); a
 * mistake comes back to the form at its cell. "Save and check" then checks the draft, as the editor's button does.
 */
@ConsolePage
@RequestMapping("/rules/{name}/drafts/{id}/tables/{table}")
class DraftTablePages {

    static final String SENT = "sentTable";

    private final PolicyTables tables;
    private final RuleChanges changes;

    DraftTablePages(PolicyTables tables, RuleChanges changes) {
        this.tables = tables;
        this.changes = changes;
    }

    @PostMapping
    String save(@PathVariable String name, @PathVariable String id, @PathVariable String table,
            @RequestParam MultiValueMap<String, String> form, @RequestParam(required = false) String check,
            Principal editor, HttpSession session, RedirectAttributes redirect) {
        PolicyTable current = tables.ofDraft(editor.getName(), name, id).stream()
                .filter(t -> t.id().equals(table)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "The draft has no table " + table
                        + " any more: its file may have been changed by hand."));
        List<List<String>> typed = typed(form, current);
        redirect.addAttribute("file", current.file());
        try {
            tables.write(editor.getName(), name, id, table, typed.stream().map(row -> values(row, current)).toList());
        } catch (InvalidInputException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.problems().forEach(problem -> errors.merge(problem.field(), problem.message(), (a, b) -> a + "; " + b));
            redirect.addFlashAttribute(SENT, new TableForm.Sent(table, typed, errors));
            redirect.addFlashAttribute("alert", "Not saved: " + String.join("; ", e.problems().stream()
                    .map(DraftTablePages::where).toList()) + ". The table shows where.");
            return "redirect:/rules/{name}/drafts/{id}#table-" + table;
        }
        DraftSession.saved(session, id, current.file());
        if (check == null) {
            redirect.addFlashAttribute("notice", "Saved " + current.title() + " in " + current.file()
                    + ". Check the draft before you publish.");
            return "redirect:/rules/{name}/drafts/{id}#table-" + table;
        }
        CheckReport report = changes.check(editor.getName(), name, id);
        DraftSession.checked(session, id, report);
        Outcomes.checked(redirect, report);
        return "redirect:/rules/{name}/drafts/{id}#check-report";
    }

    /** The rows as the form sent them: ticked ones left out, the new row last if anything was typed in it. */
    private static List<List<String>> typed(MultiValueMap<String, String> form, PolicyTable table) {
        int columns = table.columns().size();
        List<String> removed = form.getOrDefault("remove", List.of());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; form.containsKey("cell-" + i + "-0"); i++) {
            if (!removed.contains(String.valueOf(i))) {
                rows.add(row(form, "cell-" + i + "-", columns));
            }
        }
        List<String> added = row(form, "new-", columns);
        if (added.stream().anyMatch(value -> !value.isBlank())) {
            rows.add(added);
        }
        return rows;
    }

    private static List<String> row(MultiValueMap<String, String> form, String prefix, int columns) {
        List<String> row = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            String value = form.getFirst(prefix + j);
            row.add(value == null ? "" : value);
        }
        return row;
    }

    private static List<Object> values(List<String> row, PolicyTable table) {
        List<Object> values = new ArrayList<>();
        for (int j = 0; j < row.size(); j++) {
            values.add(PolicyTables.fromText(row.get(j), table.columns().get(j)));
        }
        return values;
    }

    /** {@code rows[2][2]: standard days must be …} as {@code row 3, standard days: …}. */
    private static String where(FieldProblem problem) {
        String[] indexes = problem.field().replaceAll("[^0-9\\[]", "").split("\\[");
        return indexes.length > 1 ? "row " + (Integer.parseInt(indexes[1]) + 1) + ": " + problem.message()
                : problem.message();
    }
}
