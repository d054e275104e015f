package org.convenor.network.web;

import java.io.Serializable;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.convenor.network.Reader;
import org.convenor.console.Choices;
import org.convenor.console.ConsolePage;
import org.convenor.console.FormErrors;
import org.convenor.console.Words;
import org.convenor.network.Interaction;
import org.convenor.network.InteractionKind;
import org.convenor.network.store.MemberPages;
import org.convenor.network.store.NetworkWrites;
import org.convenor.network.store.StoredInteraction;
import org.convenor.validation.Dates;
import org.convenor.validation.InvalidInputException;
import org.convenor.validation.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contacts logged where they happen (STAFF), from a member's page: a new one on any day up to today (the office's
 * day), and a correction or deletion of one already recorded. Each goes back to the member's timeline, saying what
 * it did; what cannot be saved is said beside its field, with what was typed kept.
 */
@ConsolePage
class MemberContacts {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final String BACK = "redirect:/network/members/{id}#timeline";
    private static final String MEMBER = "redirect:/network/members/{id}#";

    private final MemberPages pages;
    private final NetworkWrites writes;
    private final Clock clock;

    MemberContacts(MemberPages pages, NetworkWrites writes, Clock clock) {
        this.pages = pages;
        this.writes = writes;
        this.clock = clock;
    }

    /** A contact form as it was sent, to show again beside its problems ({@code interaction}: null for a new one). */
    record Sent(Long interaction, String date, String kind, String note, boolean confidential,
            Map<String, String> errors) implements Serializable {
    }

    @PostMapping("/network/members/{id}/interactions")
    String log(@PathVariable String id, @RequestParam(required = false) String date,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String note,
            @RequestParam(required = false) String confidential, Principal user, RedirectAttributes redirect) {
        pages.member(id, Reader.of(user)).orElseThrow(() -> NetworkPages.gone(id));
        redirect.addAttribute("id", id);
        Map<String, String> errors = new LinkedHashMap<>();
        Interaction contact = contact(id, date, kind, note, confidential != null, null, errors);
        if (errors.isEmpty()) {
            try {
                NetworkWrites.Appended logged = writes.logContact(contact, Reader.of(user));
                redirect.addFlashAttribute("notice", logged.created() == 0
                        ? "That contact was logged already: nothing changed." : "Logged: " + said(contact) + ".");
                return BACK;
            } catch (InvalidInputException e) {
                errors.putAll(FormErrors.of(e.problems()));
            }
        }
        return refused(redirect, "The contact was not logged",
                new Sent(null, date, kind, note, confidential != null, errors));
    }

    @PostMapping("/network/members/{id}/interactions/{interaction}")
    String correct(@PathVariable String id, @PathVariable long interaction, @RequestParam(required = false) String date,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String note,
            @RequestParam(required = false) String confidential, Principal user, RedirectAttributes redirect) {
        StoredInteraction before = interaction(id, interaction, Reader.of(user));
        redirect.addAttribute("id", id);
        Map<String, String> errors = new LinkedHashMap<>();
        Interaction corrected = contact(id, date, kind, note, confidential != null, before.date(), errors);
        if (errors.isEmpty()) {
            try {
                writes.correctInteraction(interaction, corrected, Reader.of(user));
                redirect.addFlashAttribute("notice", "Corrected: " + said(corrected) + ". It is now recorded as yours.");
                return BACK;
            } catch (InvalidInputException e) {
                errors.putAll(FormErrors.of(e.problems()));
            } catch (NotFoundException e) {
                return gone(redirect);
            }
        }
        return refused(redirect, "The correction was not saved",
                new Sent(interaction, date, kind, note, confidential != null, errors));
    }

    @PostMapping("/network/members/{id}/interactions/{interaction}/delete")
    String delete(@PathVariable String id, @PathVariable long interaction, Principal user,
            RedirectAttributes redirect) {
        StoredInteraction before = interaction(id, interaction, Reader.of(user));
        redirect.addAttribute("id", id);
        try {
            writes.deleteInteraction(interaction, Reader.of(user));
        } catch (NotFoundException e) {
            return gone(redirect);
        }
        redirect.addFlashAttribute("notice", "Deleted: " + said(before.fact()) + ". The audit log keeps who deleted it.");
        return BACK;
    }

    /**
     * The contact the form describes, on a day up to today: a correction may keep a later day it had (a meeting
     * planned and imported as such), but not move one there.
     */
    private Interaction contact(String memberId, String date, String kind, String note, boolean confidential,
            LocalDate kept, Map<String, String> errors) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = null;
        if (Choices.text(date) == null) {
            errors.put("date", "say on which day it happened");
        } else {
            try {
                day = Dates.parse(date.strip());
            } catch (IllegalArgumentException e) {
                errors.put("date", "'" + date + "' " + e.getMessage());
            }
        }
        if (day != null && day.isAfter(today) && !day.equals(kept)) {
            errors.put("date", "a contact cannot be logged on " + day.format(DAY) + ", which has not come yet");
        }
        InteractionKind contact = Choices.word(kind, InteractionKind.class, "kind", errors);
        if (contact == null && !errors.containsKey("kind")) {
            errors.put("kind", "say what kind of contact it was");
        }
        return new Interaction(memberId, day, contact, Choices.text(note), confidential);
    }

    /** The member's interaction with this id, or a page saying it is not there (also when theirs to see is not). */
    private StoredInteraction interaction(String memberId, long id, Reader reader) {
        return pages.member(memberId, reader).stream()
                .flatMap(member -> pages.interactions(member, reader).stream()
                        .filter(i -> !i.confidential() || reader.mayRead(member)))
                .filter(i -> i.id() != null && i.id() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no interaction " + id
                        + " with the member '" + memberId + "': it may have been deleted or corrected meanwhile."));
    }

    /** Back to the form that was sent, open, with its problems beside its fields. */
    private static String refused(RedirectAttributes redirect, String what, Sent sent) {
        redirect.addFlashAttribute("alert", what + ": " + String.join("; ", sent.errors().values()) + ".");
        redirect.addFlashAttribute("sent", sent);
        return MEMBER + (sent.interaction() == null ? "log-contact" : "interaction-" + sent.interaction());
    }

    private static String gone(RedirectAttributes redirect) {
        redirect.addFlashAttribute("alert", "That interaction is no longer stored: someone deleted it meanwhile.");
        return BACK;
    }

    private static String said(Interaction contact) {
        return Words.sentence(contact.kind().name()) + " on " + contact.date().format(DAY);
    }
}
