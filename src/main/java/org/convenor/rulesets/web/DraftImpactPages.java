package org.convenor.rulesets.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.convenor.console.Choices;
import org.convenor.console.ConsolePage;
import org.convenor.network.Member;
import org.convenor.network.store.NetworkStore;
import org.convenor.rulesets.drafts.DraftImpact;
import org.convenor.rulesets.drafts.Preview;
import org.convenor.rulesets.drafts.RuleChanges;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * On a draft's page, what a change would do before it goes live: accept a failed scenario's new values once its
 * failures have been seen (the scenario file opens in the editor, its changed values and anything unresolved
 * listed), and preview the impact on our stored network as of a day. Both stay on the page until the draft
 * changes again ({@link DraftSession}).
 */
@ConsolePage
@RequestMapping("/rules/{name}/drafts/{id}")
class DraftImpactPages {

    private final RuleChanges changes;
    private final DraftImpact impact;
    private final NetworkStore store;
    private final Clock clock;

    DraftImpactPages(RuleChanges changes, DraftImpact impact, NetworkStore store, Clock clock) {
        this.clock = clock;
        this.changes = changes;
        this.impact = impact;
        this.store = store;
    }

    @PostMapping("/accept")
    String accept(@PathVariable String name, @PathVariable String id, @RequestParam(required = false) String scenario,
            Principal editor, HttpSession session, RedirectAttributes redirect) {
        try {
            AcceptView accepted = AcceptView.of(changes.accept(editor.getName(), name, id, scenario));
            DraftSession.accepted(session, id, accepted);
            redirect.addFlashAttribute("notice", "Accepted the new values of " + scenario + ": "
                    + (accepted.changes().size() == 1 ? "1 value" : accepted.changes().size() + " values") + " changed"
                    + (accepted.unresolved().isEmpty() ? "" : ", " + accepted.unresolved().size()
                            + " left for you to settle in the file")
                    + ". Check the draft again to confirm it passes.");
            redirect.addAttribute("file", scenario);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("alert", "Nothing accepted: " + String.join("; ",
                    e.problems().stream().map(FieldProblem::message).toList()) + ".");
        } catch (ResponseStatusException e) {
            redirect.addFlashAttribute("alert", "Nothing accepted: " + e.getReason());
        }
        return "redirect:/rules/{name}/drafts/{id}#check-report";
    }

    @PostMapping("/preview")
    String preview(@PathVariable String name, @PathVariable String id, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String path, Principal editor, HttpSession session,
            RedirectAttributes redirect) {
        if (path != null && !path.isBlank()) {
            redirect.addAttribute("file", path);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = Choices.date(asOf, LocalDate.now(clock), "asOf", errors);
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("alert", "No preview: " + errors.get("asOf").replaceFirst("; showing .*", "") + ".");
            return "redirect:/rules/{name}/drafts/{id}#preview";
        }
        try {
            Preview preview = impact.preview(editor.getName(), name, id, day);
            DraftSession.previewed(session, id, PreviewView.of(preview, names()));
            Preview.Summary summary = preview.summary();
            redirect.addFlashAttribute("notice", "Preview as of " + day + ": " + summary.added() + " added, "
                    + summary.changed() + " changed, " + summary.removed() + " removed, no change for "
                    + summary.unchanged() + " others. Nothing is live until you publish.");
        } catch (ResponseStatusException e) {
            redirect.addFlashAttribute("alert", "No preview: " + e.getReason());
        }
        return "redirect:/rules/{name}/drafts/{id}#preview";
    }

    private Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (Member member : store.read().members()) {
            if (member.name() != null && !member.name().isBlank()) {
                names.put(member.id(), member.name());
            }
        }
        return names;
    }
}
