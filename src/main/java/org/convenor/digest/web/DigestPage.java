package org.convenor.digest.web;

import java.security.Principal;
import java.util.List;

import org.convenor.console.ConsolePage;
import org.convenor.digest.Delivery;
import org.convenor.digest.DigestSender;
import org.convenor.digest.Digests;
import org.convenor.network.Reader;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Digests (EDITOR): any owner's digest as it would go now, sent now with a button; whether mail is on; and the
 * deliveries that failed, so a send that keeps failing is seen.
 */
@ConsolePage
class DigestPage {

    private final Digests digests;
    private final DigestSender sender;

    DigestPage(Digests digests, DigestSender sender) {
        this.digests = digests;
        this.sender = sender;
    }

    @ModelAttribute("section")
    String section() {
        return "digests";
    }

    @GetMapping("/digests")
    String page(@RequestParam(required = false) String user, Principal caller, Model model) {
        List<String> owners = digests.owners();
        String chosen = user != null && owners.contains(user) ? user
                : owners.contains(caller.getName()) ? caller.getName() : owners.isEmpty() ? null : owners.get(0);
        model.addAttribute("owners", owners);
        model.addAttribute("chosen", chosen);
        model.addAttribute("digest", chosen == null ? null : digests.of(chosen, Reader.of(caller)));
        model.addAttribute("mailOn", sender.mailOn());
        model.addAttribute("failing", sender.recent().stream()
                .filter(delivery -> delivery.status() == Delivery.Status.FAILED).toList());
        return "digest/digests";
    }

    @PostMapping("/digests/{username}/send")
    String send(@PathVariable String username, RedirectAttributes redirect) {
        try {
            Delivery delivery = sender.sendNow(username);
            if (delivery.status() == Delivery.Status.SENT) {
                redirect.addFlashAttribute("notice", "Sent " + username + "'s digest.");
            } else {
                redirect.addFlashAttribute("alert", "The digest to " + username + " could not be sent ("
                        + delivery.lastError() + "); it will be tried again.");
            }
        } catch (ErrorResponseException e) {
            redirect.addFlashAttribute("alert", "Not sent: " + e.getBody().getDetail());
        }
        redirect.addAttribute("user", username);
        return "redirect:/digests?user={user}";
    }
}
