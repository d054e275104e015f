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
