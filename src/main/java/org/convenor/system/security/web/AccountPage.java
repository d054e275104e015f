package org.convenor.system.security.web;

import java.security.Principal;
import java.util.List;

import org.convenor.console.ConsolePage;
import org.convenor.system.security.users.ApiTokens;
import org.convenor.system.security.users.SecondFactors;
import org.convenor.validation.InvalidInputException;
import org.convenor.validation.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account: their API tokens (make one, shown once; revoke one), whether they have a
 * second factor and how many recovery codes are left, and the recovery codes themselves once, just after enrolling.
 */
@ConsolePage
class AccountPage {

    private final ApiTokens tokens;
    private final SecondFactors factors;

    AccountPage(ApiTokens tokens, SecondFactors factors) {
        this.tokens = tokens;
        this.factors = factors;
    }

    @ModelAttribute("section")
    String section() {
        return "account";
    }

    @GetMapping("/account")
    String account(Principal user, Model model) {
        model.addAttribute("tokens", tokens.of(user.getName()));
        model.addAttribute("secondFactor", factors.enrolled(user.getName()));
        model.addAttribute("recoveryCodesLeft", factors.recoveryCodesLeft(user.getName()));
        return "security/account";
    }

    @PostMapping("/account/tokens")
    String create(@RequestParam(defaultValue = "") String name, Principal user, RedirectAttributes redirect) {
        try {
            ApiTokens.Created created = tokens.create(user.getName(), name);
            redirect.addFlashAttribute("created", created);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("alert", e.problems().get(0).message());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, Principal user, RedirectAttributes redirect) {
        try {
            tokens.revoke(user.getName(), id);
        } catch (NotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no token " + id + ": it may have been "
                    + "revoked already.");
        }
        redirect.addFlashAttribute("notice", "Token " + id + " is revoked: it opens nothing from now on.");
        return "redirect:/account";
    }

    /** Shown once, straight after enrolling; afterwards only how many are left. */
    @GetMapping("/account/recovery-codes")
    String recoveryCodes(Model model) {
        if (!(model.getAttribute("recoveryCodes") instanceof List<?>)) {
            return "redirect:/account";
        }
        return "security/recovery-codes";
    }
}
