package org.convenor.relationships;

import java.time.LocalDate;
import java.util.List;

import org.convenor.network.Coalition;
import org.convenor.network.Interaction;
import org.convenor.network.Member;

/** @param asOf the day to judge as of; today (UTC) when left out. Interactions after it do not count. */
public record RelationshipRequest(LocalDate asOf, List<Member> members,
        List<Interaction> interactions, List<Coalition> coalitions) {

    public RelationshipRequest {
        coalitions = coalitions == null ? List.of() : coalitions;
    }
}
