package org.convenor.rulesets.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.convenor.console.ConsolePage;
import org.convenor.console.ConsoleUser;
import org.convenor.engine.RuleInfo;
import org.convenor.rulesets.CheckReport;
import org.convenor.rulesets.HistoryDiff;
import org.convenor.rulesets.HistoryEntry;
import org.convenor.rulesets.RuleSetLibrary;
import org.convenor.rulesets.RuleSetPublisher;
import org.convenor.rulesets.RuleSetStatus;
import org.convenor.rulesets.drafts.PolicyTables;
import org.convenor.rulesets.drafts.RuleChanges;
import org.convenor.validation.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's rule pages: every rule set at a glance, one rule set (its rules, scenarios, coverage, history
 * and the editor's drafts), and restoring an earlier version after a confirmation.
 */
@ConsolePage
class RuleSetPages {

    private final RuleSetLibrary library;
    private final RuleChanges changes;
    private final PolicyTables tables;
    private final HistoryDiff diff;

    RuleSetPages(RuleSetLibrary library, RuleChanges changes, PolicyTables tables, HistoryDiff diff) {
        this.library = library;
        this.changes = changes;
        this.tables = tables;
        this.diff = diff;
    }

    /** One line of the rule sets table; {@code lastChange} is null before the history has an entry. */
    record Summary(RuleSetStatus status, long scenariosPassing, HistoryEntry lastChange) {
    }

    @ModelAttribute("section")
    String section() {
        return "rules";
    }

    @GetMapping("/rules")
    String ruleSets(Model model) {
        model.addAttribute("ruleSets", library.statuses().stream()
                .map(status -> new Summary(status, status.scenarios().stream().filter(s -> s.passed()).count(),
                        changes.history(status.name()).stream().findFirst().orElse(null)))
                .toList());
        return "rulesets/rule-sets";
    }

    @GetMapping("/rules/{name}")
    String ruleSet(@PathVariable String name, Authentication signedIn, Model model) {
        ConsoleUser user = ConsoleUser.of(signedIn);
        RuleSetStatus status = status(name);
        List<HistoryEntry> history = changes.history(name);
        model.addAttribute("ruleSet", status);
        model.addAttribute("rulesByFile", byFile(name, status.rules()));
        model.addAttribute("scenariosPassing", status.scenarios().stream().filter(s -> s.passed()).count());
        model.addAttribute("history", history);
        model.addAttribute("head", history.isEmpty() ? null : history.get(0));
        model.addAttribute("drafts", user.mayEditRules() ? changes.drafts(user.name(), name) : List.of());
        model.addAttribute("approvals", changes.approvalsNeeded());
        model.addAttribute("asking", user.mayEditRules() && changes.approvalsNeeded() > 0 ? changes.asking(name)
                .stream().filter(draft -> !draft.owner().equals(user.name())).toList() : List.of());
        model.addAttribute("tables", tables.active(name).stream().map(table -> TableForm.of(table, null)).toList());
        return "rulesets/rule-set";
    }

    /** What one version changed, line by line, against the version before it. */
    @GetMapping("/rules/{name}/history/{id}")
    String entry(@PathVariable String name, @PathVariable String id, Model model) {
        List<HistoryEntry> history = changes.history(name);
        HistoryEntry entry = history.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Rule set '" + name + "' has no such version in its history."));
        model.addAttribute("ruleSet", name);
        model.addAttribute("entry", entry);
        model.addAttribute("active", history.get(0).id().equals(id));
        model.addAttribute("changes", diff.changes(name, id));
        return "rulesets/history-entry";
    }

    @PostMapping("/rules/{name}/drafts")
    String newDraft(@PathVariable String name, Principal editor, RedirectAttributes redirect) {
        RuleChanges.DraftView draft = changes.create(editor.getName(), name);
        redirect.addFlashAttribute("notice", "A new draft of " + name + ", made from version " + draft.baseVersion()
                + ". Nothing you change here is live until you publish it.");
        return "redirect:/rules/{name}/drafts/" + draft.id();
    }

    @GetMapping("/rules/{name}/history/{id}/restore")
    String confirmRestore(@PathVariable String name, @PathVariable String id, Model model) {
        List<HistoryEntry> history = changes.history(name);
        model.addAttribute("ruleSet", name);
        model.addAttribute("entry", history.stream().filter(entry -> entry.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "Rule set '" + name + "' has no such version in its history.")));
        model.addAttribute("head", history.get(0));
        return "rulesets/restore";
    }

    @PostMapping("/rules/{name}/history/{id}/restore")
    String restore(@PathVariable String name, @PathVariable String id, @RequestParam(required = false) String message,
            Principal editor, RedirectAttributes redirect) {
        try {
            RuleSetPublisher.Published published = changes.restore(editor.getName(), name, id, message);
            redirect.addFlashAttribute("notice", "Restored: " + name + " now answers with version "
                    + published.entry().version() + ".");
            return "redirect:/rules/{name}";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("alert", "Say why you restore this version: the message is kept in the history.");
            return "redirect:/rules/{name}/history/{id}/restore";
        } catch (RuleSetPublisher.GateRejectedException e) {
            Outcomes.refused(redirect, CheckReport.of(e.verdict()));
            return "redirect:/rules/{name}";
        }
    }

    private RuleSetStatus status(String name) {
        return library.status(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no rule set named '" + name + "'."));
    }

    /** The rules in the order the compiler lists them (by file, then name), under their file's own name. */
    private static Map<String, List<RuleInfo>> byFile(String ruleSet, List<RuleInfo> rules) {
        Map<String, List<RuleInfo>> byFile = new LinkedHashMap<>();
        String prefix = ruleSet + "/";
        for (RuleInfo rule : rules) {
            String file = rule.file().startsWith(prefix) ? rule.file().substring(prefix.length()) : rule.file();
            byFile.computeIfAbsent(file, f -> new java.util.ArrayList<>()).add(rule);
        }
        return byFile;
    }
}
