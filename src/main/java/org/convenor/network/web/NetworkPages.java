package org.convenor.network.web;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.convenor.console.Choices;
import org.convenor.console.ConsolePage;
import org.convenor.console.Links;
import org.convenor.console.Paged;
import org.convenor.network.InteractionKind;
import org.convenor.network.LinkKind;
import org.convenor.network.Member;
import org.convenor.network.Reader;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Tier;
import org.convenor.network.imports.CsvRecords;
import org.convenor.network.store.MemberPages;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.Owners;
import org.convenor.network.store.ReadLog;
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
 * The network ({@code /network}): our members, searched by name or id and filtered by role, tier, sector and
 * owner, a page at a time; and one member's page, with its details and owner, its current alerts and its
 * interactions, newest first, each with who recorded it. Importing, editing, erasing, giving members an owner
 * and logging contacts are {@link ImportPage}'s, {@link MemberForms}', {@link ErasurePage}'s, {@link OwnerGifts}'
 * and {@link MemberContacts}'.
 */
@ConsolePage
class NetworkPages {

    static final int PAGE_SIZE = 100;

    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK);

    private final NetworkStore store;
    private final Clock clock;
    private final MemberAlerts alerts;
    private final Owners owners;
    private final ReadLog reads;
    private final MemberPages pages;

    NetworkPages(NetworkStore store, MemberPages pages, MemberAlerts alerts, Owners owners, ReadLog reads, Clock clock) {
        this.pages = pages;
        this.reads = reads;
        this.clock = clock;
        this.store = store;
        this.alerts = alerts;
        this.owners = owners;
    }

    /** A member as the list shows it; {@code lastContact} is its latest interaction of any kind, if any. */
    record Row(Member member, LocalDate lastContact, Owner owner) {
    }

    /**
     * A member's owner as the pages name them.
     *
     * @param username as stored; null when none is
     * @param unowned no user who may own members owns it: none was given, or the one given has left or lost the role
     */
    record Owner(String username, String named, boolean unowned) {
    }

    /**
     * An interaction on a member's timeline, with who recorded it and when, as the page says it.
     *
     * @param withheld its note is confidential and the reader may not read it (nor correct it)
     */
    record Contact(StoredInteraction interaction, String recorded, boolean withheld) {
    }

    @ModelAttribute("section")
    String section() {
        return "network";
    }

    @GetMapping("/network")
    String members(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
            @RequestParam(required = false) String tier, @RequestParam(required = false) String sector,
            @RequestParam(required = false) String owner, @RequestParam(required = false) String page, Principal user,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        Reader reader = Reader.of(user);
        MemberPages.Totals totals = pages.totals(reader);
        Set<String> mayOwn = Set.copyOf(owners.all());
        MemberFilter filter = MemberFilter.of(q, role, tier, sector, owner, mayOwn, totals.owners(), errors);
        int asked = Math.min(Math.max(Choices.number(page, 1), 1), Integer.MAX_VALUE / PAGE_SIZE);
        MemberPages.Found found = pages.page(reader, filter.stored(), (asked - 1) * PAGE_SIZE, PAGE_SIZE);
        Paged<MemberPages.Listed> paged = new Paged<>(found.rows(), found.offset() / PAGE_SIZE + 1,
                Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE), found.total(),
                found.total() == 0 ? 0 : found.offset() + 1, found.offset() + found.rows().size());
        Map<String, Object> filters = filter.query();

        model.addAttribute("filters", filters);
        model.addAttribute("filtered", filter.any());
        model.addAttribute("errors", errors);
        model.addAttribute("memberColumns", CsvRecords.MEMBER_HELP);
        model.addAttribute("interactionKinds", CsvRecords.shown(InteractionKind.class));
        model.addAttribute("roles", Role.values());
        model.addAttribute("tiers", Tier.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("owners", owners.all());
        model.addAttribute("formerOwners", totals.owners().stream().filter(o -> !mayOwn.contains(o)).toList());
        model.addAttribute("totalMembers", totals.members());
        model.addAttribute("totalInteractions", totals.interactions());
        model.addAttribute("paged", paged);
        model.addAttribute("rows", found.rows().stream()
                .map(listed -> new Row(listed.member(), listed.lastContact(), owner(listed.member().owner(), mayOwn)))
                .toList());
        model.addAttribute("previousPage", page(filters, paged.number() - 1));
        model.addAttribute("nextPage", page(filters, paged.number() + 1));
        return "network/members";
    }

    /**
     * One member's page from its own rows: its record, interactions and links, read from the database; only its
     * alerts and introductions come from the decisions over the whole network, kept between pages.
     */
    @GetMapping("/network/members/{id}")
    String member(@PathVariable String id, Principal user, Model model) {
        Reader reader = Reader.of(user);
        Member member = pages.member(id, reader).orElseThrow(() -> gone(id));
        List<StoredInteraction> theirs = pages.interactions(member, reader);
        reads.opened(reader, member, reader.mayRead(member) && theirs.stream().anyMatch(StoredInteraction::confidential),
                ReadLog.OpenedIn.PAGE);
        StoredNetwork whole = store.read();
        LocalDate today = LocalDate.now(clock);
        Set<String> mayOwn = Set.copyOf(owners.all());
        model.addAttribute("member", member);
        model.addAttribute("name", member.name() == null || member.name().isBlank() ? member.id() : member.name());
        model.addAttribute("owner", owner(member.owner(), mayOwn));
        model.addAttribute("targets", targetNames(whole));
        model.addAttribute("today", today);
        model.addAttribute("contactKinds", InteractionKind.values());
        model.addAttribute("alerts", alerts.of(whole, id, today));
        // The rules never suggest a restricted member, so what they suggest for one the reader sees names no other.
        model.addAttribute("introductions", alerts.introductions(whole, id, today));
        model.addAttribute("links", MemberLinks.of(pages.links(id, reader), id));
        model.addAttribute("linkKinds", LinkKind.values());
        model.addAttribute("interactions", theirs.stream()
                .sorted(Comparator.comparing(StoredInteraction::date).reversed()
                        .thenComparing(StoredInteraction::id, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(i -> new Contact(i, recorded(i), i.confidential() && !reader.mayRead(member))).toList());
        return "network/member";
    }

    /** A member's owner as a page names them: a user who may own members, no one, or one who no longer may. */
    static Owner owner(String owner, Set<String> mayOwn) {
        if (owner == null) {
            return new Owner(null, "no owner", true);
        }
        return mayOwn.contains(owner) ? new Owner(owner, owner, false)
                : new Owner(owner, owner + " (may no longer own members)", true);
    }

    /** Who recorded an interaction and when, in the office's time zone. */
    private String recorded(StoredInteraction interaction) {
        if (interaction.recordedBy() == null) {
            return "recorded before Convenor kept who recorded what";
        }
        return "recorded by " + interaction.recordedBy() + (interaction.recordedAt() == null ? ""
                : " on " + interaction.recordedAt().atZoneSameInstant(clock.getZone()).format(RECORDED));
    }

    /** Every owner stored on a member, whether or not they may still own members. */
    static Set<String> storedOwners(StoredNetwork network) {
        Set<String> stored = new TreeSet<>();
        network.members().forEach(m -> {
            if (m.owner() != null) {
                stored.add(m.owner());
            }
        });
        return stored;
    }

    static Member member(StoredNetwork network, String id) {
        return network.members().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> gone(id));
    }

    static ResponseStatusException gone(String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND,
                "There is no member '" + id + "' in our network: it may have been erased.");
    }

    /** Each stored campaign's targets by id, named as "target (campaign)", for a member's reaches. */
    static Map<String, String> targetNames(StoredNetwork network) {
        Map<String, String> names = new LinkedHashMap<>();
        network.campaigns().forEach(c -> c.targets().forEach(t -> names.put(t.id(),
                t.label() + " (" + (c.name() == null ? c.id() : c.name()) + ")")));
        return names;
    }

    private static String page(Map<String, Object> filters, int page) {
        Map<String, Object> query = new LinkedHashMap<>(filters);
        query.put("page", page);
        return Links.to("/network", query);
    }
}
