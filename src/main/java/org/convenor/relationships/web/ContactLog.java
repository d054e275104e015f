package org.convenor.relationships.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.convenor.console.Choices;
import org.convenor.console.ConsolePage;
import org.convenor.console.FormErrors;
import org.convenor.console.Words;
import org.convenor.network.Interaction;
import org.convenor.network.Reader;
import org.convenor.network.InteractionKind;
import org.convenor.network.Member;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.NetworkWrites;
import org.convenor.validation.InvalidInputException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Log contact" on this week's page (STAFF): records an interaction with the member on the page's day, then goes
 * back to the same page, filters and all, at the card after the one logged ({@code next}). A contact that cannot
 * be recorded is said beside its fields, with the alert's form left open and in view.
 */
@ConsolePage
class ContactLog {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final Pattern CARD = Pattern.compile("alert-[A-Za-z0-9._-]{1,200}");

    private final NetworkWrites writes;
    private final Clock clock;
    private final NetworkStore store;

    ContactLog(NetworkWrites writes, NetworkStore store, Clock clock) {
        this.clock = clock;
        this.writes = writes;
        this.store = store;
    }

    @PostMapping("/contacts")
    String logContact(@RequestParam(required = false) String memberId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String note, @RequestParam(required = false) String confidential,
            @RequestParam(required = false) String asOf,
            @RequestParam(required = false) String forAlert, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String role, @RequestParam(required = false) String tier,
            @RequestParam(required = false) String alert, @RequestParam(required = false) String page,
            @RequestParam(required = false) String next, Principal user, RedirectAttributes redirect) {
        Map<String, String> back = new LinkedHashMap<>();
        back.put("asOf", asOf);
        back.put("owner", owner);
        back.put("role", role);
        back.put("tier", tier);
        back.put("alert", alert);
        back.put("page", page);
        back.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                redirect.addAttribute(name, value);
            }
        });

        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate day = Choices.date(asOf, today, "date", errors);
        InteractionKind contact = Choices.word(kind, InteractionKind.class, "kind", errors);
        if (contact == null && !errors.containsKey("kind")) {
            errors.put("kind", "say what kind of contact it was");
        }
        if (day.isAfter(today)) {
            errors.put("date", "a contact cannot be logged on " + day.format(DAY) + ", which has not come yet");
        }
        if (errors.isEmpty()) {
            try {
                NetworkWrites.Appended appended = writes.logContact(new Interaction(memberId, day, contact,
                        Choices.text(note), confidential != null), Reader.of(user));
                redirect.addFlashAttribute("notice", appended.created() == 0
                        ? "That contact was logged already: nothing changed."
                        : "Logged: " + Words.sentence(contact.name()).toLowerCase(Locale.ROOT) + " with "
                                + name(memberId) + " on " + day.format(DAY) + ".");
                redirect.addFlashAttribute("logged", memberId);
                return "redirect:/" + fragment(next);
            } catch (InvalidInputException e) {
                errors.putAll(FormErrors.of(e.problems()));
            }
        }
        redirect.addFlashAttribute("alert", "The contact was not logged: " + String.join("; ", errors.values()) + ".");
        redirect.addFlashAttribute("contactFor", memberId + "/" + forAlert);
        redirect.addFlashAttribute("contactErrors", errors);
        redirect.addFlashAttribute("contactNote", note);
        return "redirect:/" + fragment(memberId == null || forAlert == null ? null
                : ThisWeekPage.anchor(memberId, forAlert));
    }

    /** Back to a card of the page: one of its anchors, or the page's top when the form sent none it could have. */
    private static String fragment(String anchor) {
        return anchor != null && CARD.matcher(anchor).matches() ? "#" + anchor : "";
    }

    private String name(String memberId) {
        return store.read().members().stream().filter(member -> member.id().equals(memberId)).findFirst()
                .map(Member::name).filter(name -> !name.isBlank()).orElse(memberId);
    }
}
