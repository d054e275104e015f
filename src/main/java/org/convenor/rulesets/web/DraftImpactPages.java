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
import org.convenor.network.Reader;
import org.convenor.network.store.NetworkStore;
import org.convenor.rulesets.drafts.DraftImpact;
import org.convenor.rulesets.drafts.Preview;
import org.convenor.rulesets.drafts.RuleChanges;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

    /**
     * Accepting is a decision: before anything is written, the scenario's title and description stand next to
     * what would change, and the editor confirms them or says what the scenario now states.
     */
    @GetMapping("/accept")
    String confirm(@PathVariable String name, @PathVariable String id, @RequestParam(required = false) String scenario,
            Principal editor, Model model, RedirectAttributes redirect) {
        try {
            RuleChanges.Accepted acceptable = changes.acceptable(editor.getName(), name, id, scenario);
            model.addAttribute("section", "rules");
            model.addAttribute("ruleSet", name);
            model.addAttribute("draftId", id);
            model.addAttribute("scenario", scenario);
            model.addAttribute("scenarioTitle", model.containsAttribute("sentName") ? model.getAttribute("sentName")
                    : acceptable.name());
            model.addAttribute("scenarioAbout", model.containsAttribute("sentDescription")
                    ? model.getAttribute("sentDescription") : acceptable.description());
            model.addAttribute("view", AcceptView.of(acceptable));
            return "rulesets/accept";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("alert", "Nothing to accept: " + String.join("; ",
                    e.problems().stream().map(FieldProblem::message).toList()) + ".");
        } catch (ResponseStatusException e) {
            redirect.addFlashAttribute("alert", "Nothing to accept: " + e.getReason());
        }
        return "redirect:/rules/{name}/drafts/{id}#check-report";
    }

    @PostMapping("/accept")
    String accept(@PathVariable String name, @PathVariable String id, @RequestParam(required = false) String scenario,
            @RequestParam(required = false) String title, @RequestParam(required = false) String description,
            Principal editor, HttpSession session, RedirectAttributes redirect) {
        try {
            AcceptView accepted = AcceptView.of(changes.accept(editor.getName(), name, id, scenario,
                    title == null ? null : title.strip(), description == null ? null : description.replace("\r\n", "\n")));
            DraftSession.accepted(session, id, accepted);
            redirect.addFlashAttribute("notice", "Accepted the new values of " + scenario + ": "
                    + (accepted.changes().size() == 1 ? "1 value" : accepted.changes().size() + " values") + " changed"
                    + (accepted.unresolved().isEmpty() ? "" : ", " + accepted.unresolved().size()
                            + " left for you to settle in the file")
                    + "; its title is now \u201c" + accepted.name() + "\u201d. Check the draft again to confirm it passes.");
            redirect.addAttribute("file", scenario);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("alert", "Nothing accepted: " + String.join("; ",
                    e.problems().stream().map(p -> p.field().equals("scenario") ? p.message()
                            : "the " + (p.field().equals("name") ? "title" : p.field()) + ": " + p.message()).toList()) + ".");
            if (e.problems().stream().noneMatch(p -> p.field().equals("scenario"))) {
                // Back to the screen it came from, with what was typed.
                redirect.addFlashAttribute("sentName", title);
                redirect.addFlashAttribute("sentDescription", description);
                redirect.addAttribute("scenario", scenario);
                return "redirect:/rules/{name}/drafts/{id}/accept";
            }
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
            Reader reader = Reader.of(editor);
            Preview preview = impact.preview(reader, name, id, day);
            DraftSession.previewed(session, id, PreviewView.of(preview, names(reader)));
            Preview.Summary summary = preview.summary();
            redirect.addFlashAttribute("notice", "Preview as of " + day + ": " + summary.added() + " added, "
                    + summary.changed() + " changed, " + summary.removed() + " removed, no change for "
                    + summary.unchanged() + " others. Nothing is live until you publish.");
        } catch (ResponseStatusException e) {
            redirect.addFlashAttribute("alert", "No preview: " + e.getReason());
        }
        return "redirect:/rules/{name}/drafts/{id}#preview";
    }

    private Map<String, String> names(Reader reader) {
        Map<String, String> names = new HashMap<>();
        for (Member member : store.read().seenBy(reader).members()) {
            if (member.name() != null && !member.name().isBlank()) {
                names.put(member.id(), member.name());
            }
        }
        return names;
    }
}
