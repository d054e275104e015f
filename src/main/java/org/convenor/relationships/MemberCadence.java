package org.convenor.relationships;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.convenor.engine.Fact;
import org.convenor.network.Role;
import org.convenor.network.Tier;

/** How often we should be in touch with a member: the shortest cadence of its roles, and which role set it. */
public record MemberCadence(String memberId, Role role, Tier tier, int days) implements Fact {

    public static MemberCadence shortest(String memberId, Tier tier, List<Cadence> options) {
        Cadence shortest = options.stream()
                .min(Comparator.comparingInt((Cadence c) -> c.days(tier)).thenComparing(Cadence::role))
                .orElseThrow();
        return new MemberCadence(memberId, shortest.role(), tier, shortest.days(tier));
    }

    public String describe() {
        return tier.name().toLowerCase(Locale.ROOT) + " " + role.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + ": every " + days + " days";
    }

    @Override
    public String factId() {
        return memberId;
    }
}
