package org.convenor.relationships;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.network.Campaign;
import org.convenor.network.Coalition;
import org.convenor.network.Interaction;
import org.convenor.network.Member;
import org.jspecify.annotations.Nullable;

/** @param asOf the day to judge as of; today in the office's time zone (convenor.time-zone) when left out. Interactions after it do not count. */
public record RelationshipRequest(
        @Schema(description = "The day to judge as of; left out, today in the office's time zone") @Nullable LocalDate asOf,
        List<Member> members,
        List<Interaction> interactions,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out: none") List<Coalition> coalitions,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "The campaigns the coalitions were formed "
                + "for (a closed one's coalitions no longer count) and whose moments tighten cadences. Left out: none")
        List<Campaign> campaigns) {

    public RelationshipRequest {
        coalitions = coalitions == null ? List.of() : coalitions;
        campaigns = campaigns == null ? List.of() : campaigns;
    }
}
