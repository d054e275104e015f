package org.convenor.relationships;

import java.util.List;
import java.util.Locale;

import org.convenor.engine.Fact;
import org.convenor.network.Role;
import org.convenor.network.Tier;

/** How often we should be in touch with a member: the shortest cadence of its roles, and which role set it. */
public record MemberCadence(String memberId, Role role, Tier tier, int days) implements Fact {

    /** The option with the fewest days for this tier; between equals, the role listed first in {@link Role}. */
    public static MemberCadence shortest(String memberId, Tier tier, List<Cadence> options) {
        Cadence shortest = null;
        for (Cadence option : options) {
            if (shortest == null || option.days(tier) < shortest.days(tier)
                    || option.days(tier) == shortest.days(tier) && option.role().compareTo(shortest.role()) < 0) {
                shortest = option;
            }
        }
        if (shortest == null) {
            throw new IllegalArgumentException("no cadence for member " + memberId);
        }
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
