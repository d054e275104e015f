package org.convenor.rulesets.web;

import java.security.Principal;
import java.util.function.Supplier;

import org.convenor.console.ConsolePage;
import org.convenor.rulesets.drafts.DraftReviews;
import org.convenor.rulesets.drafts.RuleChanges;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * On a draft's page, a second pair of eyes ({@code convenor.rule-changes.approvals = 1}): its author asks for
 * approval; another EDITOR approves it as they read it, or sends it back saying why. Each says what became of it.
 */
@ConsolePage
@RequestMapping("/rules/{name}/drafts/{id}")
class DraftReviewPages {

    private static final String BACK = "redirect:/rules/{name}/drafts/{id}#review";

    private final DraftReviews reviews;

    DraftReviewPages(DraftReviews reviews) {
        this.reviews = reviews;
    }

    @PostMapping("/ask-approval")
    String ask(@PathVariable String name, @PathVariable String id, Principal editor, RedirectAttributes redirect) {
        return told(redirect, () -> reviews.ask(editor.getName(), name, id), "Asked for approval: any other EDITOR "
                + "can now read, check and approve this draft. Any change you make withdraws an approval.");
    }

    /** @param hash the draft's files as the page showed them: if it changed since, nothing is approved */
    @PostMapping("/approve")
    String approve(@PathVariable String name, @PathVariable String id, @RequestParam(required = false) String hash,
            Principal editor, RedirectAttributes redirect) {
        return told(redirect, () -> reviews.approve(editor.getName(), name, id, hash), "Approved as it stands: its "
                + "author can publish it. Any change to it withdraws your approval.");
    }

    @PostMapping("/send-back")
    String sendBack(@PathVariable String name, @PathVariable String id, @RequestParam(required = false) String note,
            Principal editor, RedirectAttributes redirect) {
        return told(redirect, () -> reviews.sendBack(editor.getName(), name, id, note),
                "Sent back: its author sees your note on the draft's page.");
    }

    private static String told(RedirectAttributes redirect, Supplier<RuleChanges.DraftView> action, String notice) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", notice);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("alert", "Nothing done: " + String.join("; ",
                    e.problems().stream().map(FieldProblem::message).toList()) + ".");
        } catch (ErrorResponseException e) {
            if (e.getStatusCode().value() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("alert", "Nothing done: " + e.getBody().getDetail());
        }
        return BACK;
    }
}
