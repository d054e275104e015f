package org.convenor.system.security.web;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.convenor.console.ConsolePage;
import org.convenor.system.security.SecondFactorSignIn;
import org.convenor.system.security.SecondFactorSignIn.Result;
import org.convenor.system.security.users.SecondFactors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Between a right password and the console, for a stored EDITOR or ADMIN (or anyone with an authenticator app):
 * give the app's code or a recovery code; or, the first time, enrol an app by scanning its key and giving its
 * first code, then keep the recovery codes shown once. Until then the key lives in this session only.
 */
@ConsolePage
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // as the sign-in step it serves
class SecondFactorPage {

    static final String ENROLMENT = "convenor.second-factor.enrolment";

    private final SecondFactorSignIn signIn;
    private final SecondFactors factors;

    SecondFactorPage(SecondFactorSignIn signIn, SecondFactors factors) {
        this.signIn = signIn;
        this.factors = factors;
    }

    @GetMapping("/login/second-factor")
    String page(HttpSession session, Model model) {
        String username = pending();
        return factors.enrolled(username) ? prompt(model, null) : enrolment(username, session, model, null);
    }

    @PostMapping("/login/second-factor")
    String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Result result = signIn.complete(request, response, username -> factors.check(username, code));
        return switch (result.outcome()) {
            case SIGNED_IN -> "redirect:" + signIn.pageAsked(request, response);
            case WRONG -> prompt(model, "That is not the code now, nor an unused recovery code. Try the code your "
                    + "app shows now.");
            case WAIT -> prompt(model, wait(result));
        };
    }

    @PostMapping("/login/second-factor/enrol")
    String enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, HttpSession session, Model model, RedirectAttributes redirect) {
        String username = pending();
        // Enrolling replaces nothing: a password alone never swaps the app of someone who has one.
        if (factors.enrolled(username)
                || !(session.getAttribute(ENROLMENT) instanceof SecondFactors.Enrolment enrolment)) {
            return "redirect:/login/second-factor";
        }
        AtomicReference<List<String>> codes = new AtomicReference<>();
        Result result = signIn.complete(request, response, name -> {
            Optional<List<String>> kept = factors.enrol(name, enrolment.secret(), code);
            kept.ifPresent(codes::set);
            return kept.isPresent();
        });
        return switch (result.outcome()) {
            case SIGNED_IN -> {
                session.removeAttribute(ENROLMENT);
                redirect.addFlashAttribute("recoveryCodes", codes.get());
                yield "redirect:/account/recovery-codes";
            }
            case WRONG -> enrolment(username, session, model, "That is not the code your app shows now for this "
                    + "key. Check that you scanned the code above, then try the code it shows now.");
            case WAIT -> enrolment(username, session, model, wait(result));
        };
    }

    private String pending() {
        return signIn.pendingUser().orElseThrow(() -> new IllegalStateException("No sign-in is pending"));
    }

    private static String prompt(Model model, String problem) {
        model.addAttribute("user", null);
        model.addAttribute("problem", problem);
        return "security/second-factor";
    }

    private String enrolment(String username, HttpSession session, Model model, String problem) {
        SecondFactors.Enrolment enrolment = session.getAttribute(ENROLMENT) instanceof SecondFactors.Enrolment kept
                ? kept : factors.begin(username);
        session.setAttribute(ENROLMENT, enrolment);
        model.addAttribute("user", null);
        model.addAttribute("problem", problem);
        model.addAttribute("qrCode", QrCode.dataUri(enrolment.uri()));
        model.addAttribute("secret", enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        return "security/enrol";
    }

    private static String wait(Result result) {
        return "Too many wrong codes for this user or from your network: wait " + result.waitSeconds()
                + " s, then try again.";
    }
}
