package org.convenor.rulesets.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpSession;

import org.convenor.console.ConsolePage;
import org.convenor.engine.compile.CompileError;
import org.convenor.rulesets.CheckReport;
import org.convenor.rulesets.HistoryEntry;
import org.convenor.rulesets.RuleSetPublisher;
import org.convenor.rulesets.drafts.ApprovalMissingException;
import org.convenor.rulesets.drafts.PolicyTables;
import org.convenor.rulesets.drafts.RuleChanges;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An editor's draft in the console: edit its files one at a time, check it through the gate, publish it with a
 * message, or discard it. The last check, accepted scenarios and preview stay on its page while they still
 * describe the draft ({@link DraftSession}); accepting and previewing are {@link DraftImpactPages}'. Another EDITOR
 * opens a draft that asks for approval read-only: what it changes, check, preview, and the review forms of
 * {@link DraftReviewPages}.
 */
@ConsolePage
@RequestMapping("/rules/{name}/drafts/{id}")
class DraftPages {

    private static final String POLICY_TABLE = "rules/policy.drl";

    private final RuleChanges changes;
    private final PolicyTables tables;
    private final Clock clock;

    DraftPages(RuleChanges changes, PolicyTables tables, Clock clock) {
        this.clock = clock;
        this.changes = changes;
        this.tables = tables;
    }

    /** A file in the draft's file list; {@code errors} counts the last check's compile errors in it. */
    record FileLink(String path, String name, long errors, boolean current) {
    }

    @ModelAttribute("section")
    String section() {
        return "rules";
    }

    @GetMapping
    String draft(@PathVariable String name, @PathVariable String id, @RequestParam(required = false) String file,
            @RequestParam(required = false) Integer line, Principal editor, HttpSession session, Model model) {
        RuleChanges.DraftView draft = opened(editor, name, id);
        boolean mine = draft.owner().equals(editor.getName());
        List<String> paths = draft.files().stream().map(RuleChanges.DraftFile::path).toList();
        String current = file != null && paths.contains(file) ? file
                : paths.contains(POLICY_TABLE) ? POLICY_TABLE : paths.get(0);
        CheckReport report = DraftSession.check(session, id);
        List<CompileError> errors = report == null ? List.of() : report.errors();
        HistoryEntry head = changes.history(name).get(0);
        model.addAttribute("ruleSet", name);
        model.addAttribute("draft", draft);
        model.addAttribute("mine", mine);
        model.addAttribute("approvals", changes.approvalsNeeded());
        model.addAttribute("changes", changes.approvalsNeeded() > 0
                ? changes.changesFromBase(editor.getName(), name, id) : List.of());
        model.addAttribute("head", head);
        model.addAttribute("stale", !head.id().equals(draft.base()));
        model.addAttribute("files", paths.stream().map(path -> new FileLink(path, path.substring(path.indexOf('/') + 1),
                errors.stream().filter(error -> error.file().equals(path)).count(), path.equals(current)))
                .collect(Collectors.groupingBy(link -> link.path().startsWith("rules/") ? "Rules" : "Scenarios",
                        TreeMap::new, Collectors.toList())));
        model.addAttribute("file", current);
        // A browser drops one line break right after <textarea>: this one, so a file's own first line stays.
        model.addAttribute("content", "\n" + changes.readFile(editor.getName(), name, id, current));
        model.addAttribute("mode", current.endsWith(".drl") ? "drl" : "yaml");
        TableForm.Sent sent = (TableForm.Sent) model.getAttribute(DraftTablePages.SENT);
        model.addAttribute("tables", tables.ofDraft(editor.getName(), name, id).stream()
                .filter(table -> table.file().equals(current)).map(table -> TableForm.of(table, mine ? sent : null))
                .toList());
        model.addAttribute("line", line);
        model.addAttribute("report", report);
        model.addAttribute("failureWords", report == null ? Map.of() : FailureWords.of(report,
                path -> read(editor, name, id, path)));
        model.addAttribute("fileErrors", errors.stream().filter(error -> error.file().equals(current)).toList());
        model.addAttribute("accepted", DraftSession.accepted(session, id));
        model.addAttribute("acceptedScenarios", changes.accepted(editor.getName(), name, id));
        model.addAttribute("sentMessage", DraftSession.message(session, id));
        model.addAttribute("preview", DraftSession.preview(session, id));
        model.addAttribute("today", LocalDate.now(clock));
        return "rulesets/draft";
    }

    @PostMapping("/save")
    String save(@PathVariable String name, @PathVariable String id, @RequestParam String path,
            @RequestParam String content, Principal editor, HttpSession session, RedirectAttributes redirect) {
        if (write(editor, name, id, path, content, redirect)) {
            DraftSession.saved(session, id, path);
            redirect.addFlashAttribute("notice", "Saved " + path + " in your draft. Check it before you publish.");
        }
        redirect.addAttribute("file", path);
        return "redirect:/rules/{name}/drafts/{id}";
    }

    /** Saves the file being edited, if it came with the form and changed, then checks the whole draft. */
    @PostMapping("/check")
    String check(@PathVariable String name, @PathVariable String id, @RequestParam String path,
            @RequestParam(required = false) String content, Principal editor, HttpSession session,
            RedirectAttributes redirect) {
        redirect.addAttribute("file", path);
        if (content != null && !content.replace("\r\n", "\n").equals(changes.readFile(editor.getName(), name, id, path))) {
            if (!write(editor, name, id, path, content, redirect)) {
                return "redirect:/rules/{name}/drafts/{id}";
            }
            DraftSession.saved(session, id, path);
        }
        CheckReport report = changes.check(editor.getName(), name, id);
        DraftSession.checked(session, id, report);
        Outcomes.checked(redirect, report);
        return "redirect:/rules/{name}/drafts/{id}";
    }

    @PostMapping("/publish")
    String publish(@PathVariable String name, @PathVariable String id,
            @RequestParam(required = false) String message, Principal editor, HttpSession session,
            RedirectAttributes redirect) {
        try {
            RuleSetPublisher.Published published = changes.publish(editor.getName(), name, id, message);
            DraftSession.gone(session, id);
            redirect.addFlashAttribute("notice", "Published: " + name + " now answers with version "
                    + published.entry().version() + ".");
            return "redirect:/rules/{name}";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("alert", "Say why you publish this change (at most 500 characters): "
                    + "the message is kept in the history.");
        } catch (RuleSetPublisher.HeadMovedException e) {
            Outcomes.movedOn(redirect, e);
        } catch (ApprovalMissingException e) {
            redirect.addFlashAttribute("alert", "Not published: " + e.getBody().getDetail());
        } catch (RuleSetPublisher.GateRejectedException e) {
            CheckReport report = CheckReport.of(e.verdict());
            DraftSession.checked(session, id, report);
            Outcomes.refused(redirect, report);
        }
        DraftSession.typed(session, id, message); // a refused publish keeps what the editor typed
        return "redirect:/rules/{name}/drafts/{id}";
    }

    @PostMapping("/discard")
    String discard(@PathVariable String name, @PathVariable String id, Principal editor, HttpSession session,
            RedirectAttributes redirect) {
        changes.discard(editor.getName(), name, id);
        DraftSession.gone(session, id);
        redirect.addFlashAttribute("notice", "Draft discarded. The active version of " + name + " is unchanged.");
        return "redirect:/rules/{name}";
    }

    /** The editor's own draft, or another's that asks for approval. */
    private RuleChanges.DraftView opened(Principal editor, String name, String id) {
        try {
            return changes.open(editor.getName(), name, id);
        } catch (ResponseStatusException e) {
            if (e.getStatusCode() != HttpStatus.NOT_FOUND) {
                throw e;
            }
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no such draft of " + name
                    + ", and no one's that asks for approval: it may have been published or discarded.");
        }
    }

    private Optional<String> read(Principal editor, String name, String id, String path) {
        try {
            return Optional.of(changes.readFile(editor.getName(), name, id, path));
        } catch (ResponseStatusException | InvalidInputException e) {
            return Optional.empty(); // deleted since the check, or not a draft file: the failure keeps its raw words
        }
    }

    /**
     * Browsers send a text area's lines ending in CRLF; the files keep LF, so an unchanged line stays unchanged.
     *
     * @return whether it was written; if not, the page says why
     */
    private boolean write(Principal editor, String name, String id, String path, String content,
            RedirectAttributes redirect) {
        try {
            changes.writeFile(editor.getName(), name, id, path,
                    content.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("alert", "Not saved: " + String.join("; ",
                    e.problems().stream().map(FieldProblem::message).toList()) + ".");
            return false;
        }
    }
}
