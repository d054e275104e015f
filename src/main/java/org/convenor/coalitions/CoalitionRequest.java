package org.convenor.coalitions;

import java.time.LocalDate;
import java.util.List;

import org.convenor.network.Coalition;
import org.convenor.network.Interaction;
import org.convenor.network.Member;
import org.convenor.network.Campaign;

/** @param asOf the day to decide as of; today (UTC) when left out */
public record CoalitionRequest(LocalDate asOf, Campaign campaign,
        List<Member> members, List<Interaction> interactions,
        List<Coalition> coalitions) {

    public CoalitionRequest {
        interactions = interactions == null ? List.of() : interactions;
        coalitions = coalitions == null ? List.of() : coalitions;
    }
}
