package org.convenor.network.store;

import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

import org.convenor.network.Campaign;
import org.convenor.network.Coalition;
import org.convenor.network.Interaction;
import org.convenor.network.Link;
import org.convenor.network.Member;

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
}
