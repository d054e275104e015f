package org.convenor.network.store;

import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.convenor.network.Campaign;
import org.convenor.network.Coalition;
import org.convenor.network.Interaction;
import org.convenor.network.Link;
import org.convenor.network.Member;
import org.convenor.network.Reader;

/**
 * The whole network: what {@code GET /api/network} answers and {@code PUT /api/network} replaces. Lists left
 * out of a body are empty, except members, which a replacement must name (an empty body wipes nothing).
 *
 * @param convenor {@code null} while no income is stored
 */
public record StoredNetwork(
        @Nullable ConvenorIncome convenor,
        List<Member> members,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out: none") List<StoredInteraction> interactions,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out: none") List<Coalition> coalitions,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out: none") List<Campaign> campaigns,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Links between members; their ids are "
                + "assigned anew when written. Left out: none") List<Link> links) {

    public StoredNetwork {
        interactions = interactions == null ? List.of() : interactions;
        coalitions = coalitions == null ? List.of() : coalitions;
        campaigns = campaigns == null ? List.of() : campaigns;
        links = links == null ? List.of() : links;
    }

    /** A network without links. */
    public StoredNetwork(@Nullable ConvenorIncome convenor, List<Member> members, List<StoredInteraction> interactions,
            List<Coalition> coalitions, List<Campaign> campaigns) {
        this(convenor, members, interactions, coalitions, campaigns, List.of());
    }

    /** The interactions as the decisions take them (a null in a body sent stays null, for the checks to name). */
    public List<Interaction> interactionFacts() {
        List<Interaction> facts = new ArrayList<>(interactions.size());
        for (StoredInteraction interaction : interactions) {
            facts.add(interaction == null ? null : interaction.fact());
        }
        return facts;
    }

    /** The interactions of these members alone, as facts: what a decision re-makes for the members a write touched. */
    public List<Interaction> interactionFactsOf(Set<String> members) {
        List<Interaction> facts = new ArrayList<>();
        for (StoredInteraction interaction : interactions) {
            if (members.contains(interaction.memberId())) {
                facts.add(interaction.fact());
            }
        }
        return facts;
    }

    /**
     * The network as this reader sees it: without the restricted members they may not see (their interactions,
     * their links and their places in coalitions go with them), and with the notes of confidential interactions
     * they may not read as {@code null}. The same network when they see everything.
     */
    public StoredNetwork seenBy(Reader reader) {
        Map<String, Member> byId = byId();
        Set<String> hidden = hiddenFrom(reader);
        boolean withheld = interactions.stream().anyMatch(i -> i.confidential() && !mayReadNote(reader, byId, i));
        if (hidden.isEmpty() && !withheld) {
            return this;
        }
        List<StoredInteraction> seen = new ArrayList<>(interactions.size());
        for (StoredInteraction interaction : interactions) {
            if (!hidden.contains(interaction.memberId())) {
                seen.add(!interaction.confidential() || mayReadNote(reader, byId, interaction) ? interaction
                        : interaction.withoutNote());
            }
        }
        return new StoredNetwork(convenor, members.stream().filter(member -> !hidden.contains(member.id())).toList(),
                List.copyOf(seen), coalitions.stream().map(coalition -> without(coalition, hidden)).toList(),
                campaigns, links.stream().filter(link -> !hidden.contains(link.from()) && !hidden.contains(link.to()))
                        .toList());
    }

    /**
     * The members whose record or interactions are not the very objects of an earlier copy of this network (the
     * store's copy keeps, after a write, every record the write did not touch: {@link NetworkStore}), including
     * members added or gone; null when that cannot be told by one walk over both: other coalitions or campaigns,
     * or interactions without ids or out of id order.
     */
    public @Nullable Set<String> membersChangedSince(StoredNetwork earlier) {
        if (!coalitions.equals(earlier.coalitions) || !campaigns.equals(earlier.campaigns)) {
            return null;
        }
        Set<String> changed = new HashSet<>();
        if (members.size() == earlier.members.size()) {
            for (int i = 0; i < members.size(); i++) {
                Member now = members.get(i);
                Member then = earlier.members.get(i);
                if (now != then) {
                    if (!now.id().equals(then.id())) {
                        return null;
                    }
                    changed.add(now.id());
                }
            }
        } else {
            Map<String, Member> then = new HashMap<>(earlier.members.size() * 2);
            earlier.members.forEach(member -> then.put(member.id(), member));
            members.stream().filter(member -> then.remove(member.id()) != member).forEach(m -> changed.add(m.id()));
            changed.addAll(then.keySet());
        }
        return interactionsChanged(earlier.interactions, interactions, changed) ? changed : null;
    }

    /** Adds the members of the interactions in one list and not the other; false if either is not in id order. */
    private static boolean interactionsChanged(List<StoredInteraction> then, List<StoredInteraction> now,
            Set<String> changed) {
        int i = 0;
        int j = 0;
        long lastThen = Long.MIN_VALUE;
        long lastNow = Long.MIN_VALUE;
        while (i < then.size() || j < now.size()) {
            StoredInteraction before = i < then.size() ? then.get(i) : null;
            StoredInteraction after = j < now.size() ? now.get(j) : null;
            if (before != null && (before.id() == null || before.id() < lastThen)
                    || after != null && (after.id() == null || after.id() < lastNow)) {
                return false;
            }
            if (before == after) {
                lastThen = before.id();
                lastNow = after.id();
                i++;
                j++;
            } else if (after == null || before != null && before.id() < after.id()) {
                changed.add(before.memberId());
                lastThen = before.id();
                i++;
            } else if (before == null || after.id() < before.id()) {
                changed.add(after.memberId());
                lastNow = after.id();
                j++;
            } else {
                changed.add(before.memberId());
                changed.add(after.memberId());
                lastThen = before.id();
                lastNow = after.id();
                i++;
                j++;
            }
        }
        return true;
    }

    /** The coalitions as a reader who may not see the {@code hidden} members sees them (see {@link #seenBy}). */
    public List<Coalition> coalitionsWithout(Set<String> hidden) {
        return hidden.isEmpty() ? coalitions : coalitions.stream().map(c -> without(c, hidden)).toList();
    }

    /** The ids of the restricted members this reader may not see. */
    public Set<String> hiddenFrom(Reader reader) {
        Set<String> hidden = new HashSet<>();
        members.stream().filter(member -> !reader.sees(member)).forEach(member -> hidden.add(member.id()));
        return hidden;
    }

    /** How many members are restricted: the totals count them whoever reads. */
    public int restricted() {
        return (int) members.stream().filter(Member::restricted).count();
    }

    /**
     * The name a page shows for each of these members that is stored (its id when it has none), by id: for pages
     * that name a few members of many, one walk over the members.
     */
    public Map<String, String> namesOf(Set<String> ids) {
        Map<String, String> names = new HashMap<>();
        members.stream().filter(member -> ids.contains(member.id())).forEach(member -> names.put(member.id(),
                member.name() == null || member.name().isBlank() ? member.id() : member.name()));
        return names;
    }

    /** The member with this id, if the reader sees it. */
    public Optional<Member> member(String id, Reader reader) {
        return members.stream().filter(member -> member.id().equals(id) && reader.sees(member)).findFirst();
    }

    private Map<String, Member> byId() {
        Map<String, Member> byId = new HashMap<>(members.size() * 2);
        members.forEach(member -> byId.put(member.id(), member));
        return byId;
    }

    private static boolean mayReadNote(Reader reader, Map<String, Member> byId, StoredInteraction interaction) {
        Member member = byId.get(interaction.memberId());
        return member != null && reader.mayRead(member);
    }

    private static Coalition without(Coalition coalition, Set<String> hidden) {
        if (hidden.isEmpty()) {
            return coalition;
        }
        return new Coalition(coalition.id(), coalition.campaignId(), coalition.sectors(), coalition.formedOn(),
                coalition.invited().stream().filter(id -> !hidden.contains(id)).toList(),
                coalition.responses().stream().filter(response -> !hidden.contains(response.memberId())).toList());
    }
}
