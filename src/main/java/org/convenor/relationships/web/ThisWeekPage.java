package org.convenor.relationships.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.convenor.console.Choices;
import org.convenor.console.ConsolePage;
import org.convenor.console.ConsoleUser;
import org.convenor.console.Links;
import org.convenor.console.Paged;
import org.convenor.network.InteractionKind;
import org.convenor.network.Member;
import org.convenor.network.Reader;
import org.convenor.network.Role;
import org.convenor.network.Tier;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.Owners;
import org.convenor.network.store.StoredNetwork;
import org.convenor.relationships.Alert;
import org.convenor.relationships.AlertKind;
import org.convenor.relationships.RelationshipAnswer;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * This week ({@code /}): the relationship alerts over the stored network, CRITICAL first, filtered by owner, by
 * the member's role and tier and by the alert's kind, as of a day (today by default), a page at a time. A user
 * who owns members sees theirs first, with everyone's and the unowned a click away. Logging a contact is
 * {@link ContactLog}'s.
 */
@ConsolePage
class ThisWeekPage {

    static final int PAGE_SIZE = 200;

    private final NetworkStore store;
    private final Clock clock;
    private final WeekAlerts alerts;
    private final Owners owners;
    private final WeekIntroductions introductions;

    ThisWeekPage(NetworkStore store, WeekAlerts alerts, Owners owners, WeekIntroductions introductions, Clock clock) {
        this.clock = clock;
        this.introductions = introductions;
        this.store = store;
        this.alerts = alerts;
        this.owners = owners;
    }

    /**
     * One alert as the page lists it, with the member it is about ({@code name} is the id when none is stored),
     * its owner as the page names them ({@code unowned}: none who may own members now), its card's anchor, and the
     * anchor "Log it" returns to: the card after it (which takes its place when the contact settles it), or the
     * one before the last.
     */
    record Row(Alert alert, String name, Member member, String owner, boolean unowned, String anchor, String next) {
    }

    @ModelAttribute("section")
    String section() {
        return "week";
    }

    @GetMapping("/")
    String thisWeek(@RequestParam(required = false) String asOf, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String role, @RequestParam(required = false) String tier,
            @RequestParam(required = false) String alert, @RequestParam(required = false) String page,
            Authentication signedIn, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate day = Choices.date(asOf, today, "asOf", errors);
        Role byRole = Choices.word(role, Role.class, "role", errors);
        Tier byTier = Choices.word(tier, Tier.class, "tier", errors);
        AlertKind byKind = Choices.word(alert, AlertKind.class, "alert", errors);

        StoredNetwork network = store.read();
        Map<String, Member> members = network.members().stream()
                .collect(Collectors.toMap(Member::id, Function.identity()));
        WeekOwners byOwner = WeekOwners.chosen(owner, signedIn.getName(), owners, network, errors);
        RelationshipAnswer answer = alerts.of(network, day).seenBy(network.hiddenFrom(Reader.of(signedIn)));
        List<Alert> matching = answer.alerts().stream()
                .filter(a -> byKind == null || a.kind() == byKind)
                .filter(a -> byRole == null || members.get(a.memberId()).hasRole(byRole))
                .filter(a -> byTier == null || members.get(a.memberId()).tier() == byTier)
                .toList();
        List<Alert> shown = matching.stream().filter(a -> byOwner.filter().keeps(a.owner())).toList();
        Paged<Alert> paged = Paged.of(shown, Choices.number(page, 1), PAGE_SIZE);
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        shown.forEach(a -> bySeverity.merge(a.severity().name(), 1L, Long::sum));

        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("asOf", day.equals(today) ? null : day);
        filters.put("owner", byOwner.chosen());
        filters.put("role", byRole);
        filters.put("tier", byTier);
        filters.put("alert", byKind);
        model.addAttribute("asOf", day);
        model.addAttribute("asOfText", errors.containsKey("asOf") ? asOf : day.toString());
        model.addAttribute("today", today);
        model.addAttribute("filters", filters);
        model.addAttribute("filtered", byOwner.filters() || byRole != null || byTier != null || byKind != null);
        model.addAttribute("errors", errors);
        model.addAttribute("owners", byOwner);
        model.addAttribute("ownerCounts", byOwner.counts(matching, filters));
        model.addAttribute("roles", Role.values());
        model.addAttribute("tiers", Tier.values());
        model.addAttribute("alertKinds", AlertKind.values());
        model.addAttribute("contactKinds", InteractionKind.values());
        model.addAttribute("ruleSet", answer.ruleSet());
        model.addAttribute("totalAlerts", answer.alerts().size());
        model.addAttribute("bySeverity", bySeverity);
        model.addAttribute("paged", paged);
        List<Row> rows = new ArrayList<>();
        for (int i = Math.max(paged.from() - 1, 0); i < paged.to(); i++) {
            Alert next = i + 1 < shown.size() ? shown.get(i + 1) : i > 0 ? shown.get(i - 1) : null;
            rows.add(row(shown.get(i), next, members, byOwner));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("previousPage", pageLink(filters, paged.number() - 1));
        model.addAttribute("nextPage", pageLink(filters, paged.number() + 1));
        model.addAttribute("mayLog", ConsoleUser.of(signedIn).mayChangeNetwork() && !day.isAfter(today));
        model.addAttribute("stillAlerted", stillAlerted(model, answer));
        model.addAttribute("introductions", introductions.of(network, day, network.hiddenFrom(Reader.of(signedIn))));
        return "relationships/this-week";
    }

    private static Row row(Alert alert, Alert next, Map<String, Member> members, WeekOwners owners) {
        Member member = members.get(alert.memberId());
        return new Row(alert, member.name() == null || member.name().isBlank() ? member.id() : member.name(), member,
                owners.named(alert.owner()), owners.filter().current(alert.owner()) == null,
                anchor(alert.memberId(), alert.kind().name()),
                next == null ? null : anchor(next.memberId(), next.kind().name()));
    }

    /** The card's id: its member and kind, in the characters an address's fragment carries as they are. */
    static String anchor(String memberId, String kind) {
        return "alert-" + memberId.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + kind;
    }

    private static String pageLink(Map<String, Object> filters, int page) {
        Map<String, Object> query = new LinkedHashMap<>(filters);
        query.put("page", page);
        return Links.to("/", query);
    }

    /** After a contact is logged: the alerts its member still has on this day, which that contact did not settle. */
    private static List<Alert> stillAlerted(Model model, RelationshipAnswer answer) {
        Object logged = model.getAttribute("logged");
        return logged == null ? List.of()
                : answer.alerts().stream().filter(alert -> alert.memberId().equals(logged)).toList();
    }
}
