package org.convenor.coalitions.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.convenor.network.Coalition;
import org.convenor.network.CoalitionResponse;
import org.convenor.network.DeclineReason;
import org.convenor.network.Member;
import org.convenor.network.ResponseKind;
import org.convenor.network.Sector;
import org.jspecify.annotations.Nullable;

/** A campaign's coalitions as its page shows them: whom each invited, and each one's latest answer. */
record CoalitionRows(String id, LocalDate formedOn, List<Sector> sectors, List<Invitee> invited) {

    /** A member to choose in a form. */
    record Choice(String id, String name) {
    }

    /** @param response null: no answer recorded yet */
    record Invitee(String memberId, String name, @Nullable ResponseKind response, @Nullable DeclineReason reason,
            @Nullable LocalDate date) {
    }

    static List<CoalitionRows> of(List<Coalition> coalitions, Map<String, Member> members, String campaignId) {
        return coalitions.stream().filter(c -> campaignId.equals(c.campaignId()))
                .sorted(Comparator.comparing(Coalition::formedOn).reversed().thenComparing(Coalition::id))
                .map(c -> new CoalitionRows(c.id(), c.formedOn(), c.sectors(), c.invited().stream()
                        .map(id -> invitee(c, id, CampaignPages.name(members, id))).toList()))
                .toList();
    }

    /** The latest answer counts, as the rules read them: a later opt-in lifts an earlier decline. */
    private static Invitee invitee(Coalition coalition, String memberId, String name) {
        CoalitionResponse latest = coalition.responses().stream().filter(r -> r.memberId().equals(memberId))
                .max(Comparator.comparing(CoalitionResponse::date)).orElse(null);
        return latest == null ? new Invitee(memberId, name, null, null, null)
                : new Invitee(memberId, name, latest.response(), latest.reason(), latest.date());
    }
}
