package org.convenor.network.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.convenor.console.Choices;
import org.convenor.console.ConsolePage;
import org.convenor.console.Links;
import org.convenor.console.Paged;
import org.convenor.network.Member;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Tier;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.StoredInteraction;
import org.convenor.network.store.StoredNetwork;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The network ({@code /network}): our members, searched by name or id and filtered by role, tier and sector, a
 * page at a time; and one member's page, with its details, its current alerts and its interactions, newest
 * first. Importing, editing and erasing are {@link ImportPage}'s, {@link MemberForms}' and {@link ErasurePage}'s.
 */
@ConsolePage
class NetworkPages {

    static final int PAGE_SIZE = 100;

    private final NetworkStore store;
    private final Clock clock;
    private final MemberAlerts alerts;

    NetworkPages(NetworkStore store, MemberAlerts alerts, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.alerts = alerts;
    }

    /** A member as the list shows it; {@code lastContact} is its latest interaction of any kind, if any. */
    record Row(Member member, LocalDate lastContact) {
    }

    @ModelAttribute("section")
    String section() {
        return "network";
    }

    @GetMapping("/network")
    String members(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
            @RequestParam(required = false) String tier, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String page, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        Role byRole = Choices.word(role, Role.class, "role", errors);
        Tier byTier = Choices.word(tier, Tier.class, "tier", errors);
        Sector bySector = Choices.word(sector, Sector.class, "sector", errors);
        String typed = Choices.text(q);
        String text = typed == null ? null : typed.toLowerCase(Locale.ROOT);

        StoredNetwork network = store.read();
        Map<String, LocalDate> last = lastContact(network);
        List<Member> found = network.members().stream()
                .filter(m -> text == null || m.id().toLowerCase(Locale.ROOT).contains(text)
                        || (m.name() != null && m.name().toLowerCase(Locale.ROOT).contains(text)))
                .filter(m -> byRole == null || m.hasRole(byRole))
                .filter(m -> byTier == null || m.tier() == byTier)
                .filter(m -> bySector == null || m.sectors().contains(bySector))
                .sorted(Comparator.comparing((Member m) -> m.name() == null ? m.id() : m.name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
        Paged<Member> paged = Paged.of(found, Choices.number(page, 1), PAGE_SIZE);
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("q", q == null ? null : q.strip());
        filters.put("role", byRole);
        filters.put("tier", byTier);
        filters.put("sector", bySector);

        model.addAttribute("filters", filters);
        model.addAttribute("filtered", filters.values().stream().anyMatch(v -> v != null && !v.toString().isBlank()));
        model.addAttribute("errors", errors);
        model.addAttribute("roles", Role.values());
        model.addAttribute("tiers", Tier.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("totalMembers", network.members().size());
        model.addAttribute("totalInteractions", network.interactions().size());
        model.addAttribute("paged", paged);
        model.addAttribute("rows", paged.rows().stream().map(m -> new Row(m, last.get(m.id()))).toList());
        model.addAttribute("previousPage", page(filters, paged.number() - 1));
        model.addAttribute("nextPage", page(filters, paged.number() + 1));
        return "network/members";
    }

    @GetMapping("/network/members/{id}")
    String member(@PathVariable String id, Model model) {
        StoredNetwork network = store.read();
        Member member = member(network, id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("member", member);
        model.addAttribute("name", member.name() == null || member.name().isBlank() ? member.id() : member.name());
        model.addAttribute("targets", targetNames(network));
        model.addAttribute("today", today);
        model.addAttribute("alerts", alerts.of(network, id, today));
        model.addAttribute("interactions", network.interactions().stream().filter(i -> i.memberId().equals(id))
                .sorted(Comparator.comparing(StoredInteraction::date).reversed()
                        .thenComparing(StoredInteraction::id, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList());
        return "network/member";
    }

    static Member member(StoredNetwork network, String id) {
        return network.members().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "There is no member '" + id + "' in our network: it may have been erased."));
    }

    /** Each stored campaign's targets by id, named as "target (campaign)", for a member's reaches. */
    static Map<String, String> targetNames(StoredNetwork network) {
        Map<String, String> names = new LinkedHashMap<>();
        network.campaigns().forEach(c -> c.targets().forEach(t -> names.put(t.id(),
                t.label() + " (" + (c.name() == null ? c.id() : c.name()) + ")")));
        return names;
    }

    private static Map<String, LocalDate> lastContact(StoredNetwork network) {
        Map<String, LocalDate> last = new HashMap<>();
        network.interactions().forEach(i -> last.merge(i.memberId(), i.date(), (a, b) -> a.isAfter(b) ? a : b));
        return last;
    }

    private static String page(Map<String, Object> filters, int page) {
        Map<String, Object> query = new LinkedHashMap<>(filters);
        query.put("page", page);
        return Links.to("/network", query);
    }
}
