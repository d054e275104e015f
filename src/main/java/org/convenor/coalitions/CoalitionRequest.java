package org.convenor.coalitions;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.convenor.network.Coalition;
import org.convenor.network.Interaction;
import org.convenor.network.Member;

/** @param asOf the day to decide as of; today (UTC) when left out */
public record CoalitionRequest(LocalDate asOf, @NotNull @Valid Campaign campaign,
        @NotNull List<@NotNull @Valid Member> members, List<@NotNull @Valid Interaction> interactions,
        List<@NotNull @Valid Coalition> coalitions) {

    public CoalitionRequest {
        interactions = interactions == null ? List.of() : interactions;
        coalitions = coalitions == null ? List.of() : coalitions;
    }
}
