package org.convenor.network.web;

import java.io.Serializable;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.convenor.console.Choices;
import org.convenor.console.ConsolePage;
import org.convenor.console.FormErrors;
import org.convenor.network.Link;
import org.convenor.network.LinkKind;
import org.convenor.network.Reader;
import org.convenor.network.Member;
import org.convenor.network.store.MemberPages;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.NetworkWrites;
import org.convenor.network.store.StoredNetwork;
import org.convenor.validation.InvalidInputException;
import org.convenor.validation.NotFoundException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's links, from its page (STAFF): one added (this member is its {@code from}), one removed, and an
 * introduction logged: the two now know each other and each has an INTRODUCTION interaction today. Each goes
 * back to the member's page saying what it did; what cannot be saved is said beside its field.
 */
@ConsolePage
class MemberLinks {

    private static final String BACK = "redirect:/network/members/{id}#links";

    private final NetworkStore store;
    private final NetworkWrites writes;
    private final Clock clock;

    MemberLinks(NetworkStore store, NetworkWrites writes, Clock clock) {
        this.store = store;
        this.writes = writes;
        this.clock = clock;
    }

    /** One link as the member's page says it: "Works at Beirut Press (Editor)". */
    record Shown(long id, String says, String otherId, String otherName) {
    }

    /** The link form as it was sent, to show again beside its problems. */
    record Sent(String to, String kind, String title, Map<String, String> errors) implements Serializable {
    }

    /** This member's links as its page lists them, in the order stored. */
    static List<Shown> of(MemberPages.Linked linked, String memberId) {
        Map<String, String> names = linked.names();
        return linked.links().stream()
                .map(link -> {
                    String other = link.other(memberId);
                    boolean from = link.from().equals(memberId);
                    String says = switch (link.kind()) {
                        case WORKS_AT -> from ? "Works at" : "Employs";
                        case INTRODUCED_BY -> from ? "Introduced by" : "Introduced";
                        case KNOWS -> "Knows";
                    };
                    return new Shown(link.id(), says, other, names.getOrDefault(other, other)
                            + (link.title() == null ? "" : " (" + link.title() + ")"));
                }).toList();
    }

    static String name(Member member) {
        return member.name() == null || member.name().isBlank() ? member.id() : member.name();
    }

    @PostMapping("/network/members/{id}/links")
    String add(@PathVariable String id, @RequestParam(required = false) String to,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String title, Principal user,
            RedirectAttributes redirect) {
        // Only the members this user sees can be found by what they type.
        StoredNetwork network = store.read().seenBy(Reader.of(user));
        NetworkPages.member(network, id);
        redirect.addAttribute("id", id);
        Map<String, String> errors = new LinkedHashMap<>();
        String other = other(network, Choices.text(to), errors);
        LinkKind linkKind = Choices.word(kind, LinkKind.class, "kind", errors);
        if (linkKind == null && !errors.containsKey("kind")) {
            errors.put("kind", "say how they are linked");
        }
        if (errors.isEmpty()) {
            try {
                writes.link(new Link(null, id, other, linkKind, Choices.text(title)), Reader.of(user));
                redirect.addFlashAttribute("notice", "Linked to " + other + ".");
                return BACK;
            } catch (InvalidInputException e) {
                errors.putAll(FormErrors.of(e.problems()));
            }
        }
        redirect.addFlashAttribute("alert", "The link was not saved: " + String.join("; ", errors.values()) + ".");
        redirect.addFlashAttribute("sentLink", new Sent(to, kind, title, errors));
        return "redirect:/network/members/{id}#add-link";
    }

    /**
     * The member typed: its id, or its name as stored (in any case) when exactly one member has it. A page of
     * every member's name to choose from would be megabytes at 100,000 members.
     */
    private static String other(StoredNetwork network, String typed, Map<String, String> errors) {
        if (typed == null) {
            errors.put("to", "say which member: its id or its name");
            return null;
        }
        if (network.members().stream().anyMatch(m -> m.id().equals(typed))) {
            return typed;
        }
        List<Member> named = network.members().stream()
                .filter(m -> m.name() != null && m.name().strip().equalsIgnoreCase(typed)).limit(2).toList();
        if (named.size() == 1) {
            return named.get(0).id();
        }
        errors.put("to", named.isEmpty() ? "no member has the id or name '" + typed + "'"
                : "several members are called '" + typed + "': give its id");
        return null;
    }

    @PostMapping("/network/members/{id}/links/{link}/delete")
    String delete(@PathVariable String id, @PathVariable long link, Principal user, RedirectAttributes redirect) {
        redirect.addAttribute("id", id);
        try {
            writes.deleteLink(link, Reader.of(user));
            redirect.addFlashAttribute("notice", "The link was removed.");
        } catch (NotFoundException e) {
            redirect.addFlashAttribute("alert", "That link is no longer stored: someone removed it meanwhile.");
        }
        return BACK;
    }

    /** The introduction this page (or This week, {@code back=week}) suggested, made today. */
    @PostMapping("/network/members/{id}/introductions")
    String introduce(@PathVariable String id, @RequestParam String to, @RequestParam(required = false) String back,
            Principal user, RedirectAttributes redirect) {
        boolean week = "week".equals(back);
        if (!week) {
            redirect.addAttribute("id", id);
        }
        try {
            writes.introduce(id, to, LocalDate.now(clock), Reader.of(user));
            redirect.addFlashAttribute("notice", "Introduction logged: they now know each other, and each has an "
                    + "introduction in its interactions.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("alert", "The introduction was not logged: "
                    + String.join("; ", FormErrors.of(e.problems()).values()) + ".");
        }
        return week ? "redirect:/#introductions" : BACK;
    }
}
