package org.convenor.network.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convenor.network.Reader;
import org.convenor.console.Choices;
import org.convenor.console.ConsolePage;
import org.convenor.network.Member;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.NetworkWrites;
import org.convenor.network.store.Owners;
import org.convenor.network.store.StoredNetwork;
import org.convenor.validation.InvalidInputException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Give these members to" on the Network page (STAFF): every member the page's filters find gets one owner, or
 * none, in one write. The page says how many it found; if the filters find another number by the time the form
 * arrives (a member added or erased meanwhile), nothing changes and the page says so, so nobody gives away members
 * they did not see.
 */
@ConsolePage
class OwnerGifts {

    private final NetworkStore store;
    private final NetworkWrites writes;
    private final Owners owners;

    OwnerGifts(NetworkStore store, NetworkWrites writes, Owners owners) {
        this.store = store;
        this.writes = writes;
        this.owners = owners;
    }

    @PostMapping("/network/owners")
    String give(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
            @RequestParam(required = false) String tier, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String owner, @RequestParam(required = false) String to,
            @RequestParam(required = false) String count, Principal user, RedirectAttributes redirect) {
        StoredNetwork network = store.read().seenBy(Reader.of(user));
        Map<String, String> errors = new LinkedHashMap<>();
        MemberFilter filter = MemberFilter.of(q, role, tier, sector, owner, Set.copyOf(owners.all()),
                NetworkPages.storedOwners(network), errors);
        filter.query().forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                redirect.addAttribute(name, value);
            }
        });
        String receiver = Choices.text(to);
        if (receiver == null) {
            errors.put("to", "choose who to give them to");
        }
        List<String> ids = filter.of(network.members()).stream().map(Member::id).toList();
        int seen = Choices.number(count, -1);
        if (errors.isEmpty() && ids.size() != seen) {
            errors.put("count", "these filters find " + ErasurePage.count(ids.size(), "member") + " now, not the "
                    + seen + " the page showed: look at the list again");
        }
        if (errors.isEmpty()) {
            String given = receiver.equals(MemberFilter.NONE) ? null : receiver;
            try {
                writes.giveOwner(ids, given, Reader.of(user));
                redirect.addFlashAttribute("notice", given == null
                        ? ErasurePage.count(ids.size(), "member") + " now " + (ids.size() == 1 ? "has" : "have")
                                + " no owner."
                        : "Gave " + ErasurePage.count(ids.size(), "member") + " to " + given + ".");
                return "redirect:/network";
            } catch (InvalidInputException e) {
                e.problems().forEach(problem -> errors.put("to", problem.message()));
            }
        }
        redirect.addFlashAttribute("alert", "Nobody was given anything: " + String.join("; ", errors.values()) + ".");
        redirect.addFlashAttribute("giveErrors", errors);
        return "redirect:/network#give";
    }
}
