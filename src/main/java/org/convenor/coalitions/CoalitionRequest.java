package org.convenor.coalitions;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.network.Campaign;
import org.convenor.network.Coalition;
import org.convenor.network.Interaction;
import org.convenor.network.Member;
import org.jspecify.annotations.Nullable;

/** @param asOf the day to decide as of; today in the office's time zone (convenor.time-zone) when left out */
public record CoalitionRequest(
        @Schema(description = "The day to decide as of; left out, today in the office's time zone") @Nullable LocalDate asOf,
        Campaign campaign,
        List<Member> members,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out: none")
        List<Interaction> interactions,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out: none") List<Coalition> coalitions) {

    public CoalitionRequest {
        interactions = interactions == null ? List.of() : interactions;
        coalitions = coalitions == null ? List.of() : coalitions;
    }
}
