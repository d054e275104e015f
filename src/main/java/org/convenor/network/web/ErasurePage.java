package org.convenor.network.web;

import java.security.Principal;

import org.convenor.network.Reader;
import org.convenor.console.ConsolePage;
import org.convenor.network.Coalition;
import org.convenor.network.Member;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.NetworkWrites;
import org.convenor.network.store.StoredNetwork;
import org.convenor.validation.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Erasing a member (STAFF): first a page that says what will be deleted (the member, its interactions, its
 * coalition invitations and responses), then the erasure itself, which the audit log records by counts only.
 */
@ConsolePage
class ErasurePage {

    private final NetworkStore store;
    private final NetworkWrites writes;

    ErasurePage(NetworkStore store, NetworkWrites writes) {
        this.store = store;
        this.writes = writes;
    }

    /** What erasing a member deletes besides the member itself. */
    record Deletes(long interactions, long invitations, long responses) {
    }

    @ModelAttribute("section")
    String section() {
        return "network";
    }

    @GetMapping("/network/members/{id}/erase")
    String confirm(@PathVariable String id, Principal user, Model model) {
        StoredNetwork network = store.read().seenBy(Reader.of(user));
        Member member = NetworkPages.member(network, id);
        model.addAttribute("member", member);
        model.addAttribute("name", member.name() == null || member.name().isBlank() ? id : member.name());
        model.addAttribute("deletes", new Deletes(
                network.interactions().stream().filter(i -> i.memberId().equals(id)).count(),
                network.coalitions().stream().filter(c -> c.invited().contains(id)).count(),
                network.coalitions().stream().map(Coalition::responses).flatMap(java.util.List::stream)
                        .filter(r -> r.memberId().equals(id)).count()));
        return "network/erase";
    }

    @PostMapping("/network/members/{id}/erase")
    String erase(@PathVariable String id, Principal user, RedirectAttributes redirect) {
        NetworkWrites.Erased erased;
        try {
            erased = writes.erase(id, Reader.of(user));
        } catch (NotFoundException e) {
            // Erased meanwhile (another tab, a second click): a page saying so, not the API's problem answer.
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "There is no member '" + id + "' in our network: it may have been erased.");
        }
        redirect.addFlashAttribute("notice", "Erased " + id + " with " + count(erased.interactions(), "interaction")
                + ", " + count(erased.invitations(), "invitation") + " and " + count(erased.responses(), "response")
                + ". The audit log keeps only that it happened and how many records.");
        return "redirect:/network";
    }

    static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
