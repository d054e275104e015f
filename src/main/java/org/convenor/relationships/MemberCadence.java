package org.convenor.relationships;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.convenor.engine.Fact;
import org.convenor.network.Role;
import org.convenor.network.Tier;
import org.jspecify.annotations.Nullable;

/**
 * How often we should be in touch with a member: the shortest cadence of its roles, and which role set it.
 *
 * @param usualDays the cadence of its role and tier; {@code days} is shorter only before a moment
 * @param moment the campaign moment that shortened it, as staff read it; {@code null} when none did
 */
public record MemberCadence(String memberId, Role role, Tier tier, int days, int usualDays, @Nullable String moment)
        implements Fact {

    /** The nearest moment is the one named; between moments on the same day, the campaign first by id. */
    private static final Comparator<TargetMoment> NEAREST = Comparator.comparing(TargetMoment::on)
            .thenComparing(TargetMoment::campaignId).thenComparing(TargetMoment::what);

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
        return new MemberCadence(memberId, shortest.role(), tier, shortest.days(tier), shortest.days(tier), null);
    }

    /**
     * This cadence at {@code percent} of its usual days (at least one day), naming the nearest of the moments
     * that shortened it.
     */
    public MemberCadence beforeMoment(List<TargetMoment> moments, int percent) {
        TargetMoment nearest = moments.stream().min(NEAREST)
                .orElseThrow(() -> new IllegalArgumentException("no moment for member " + memberId));
        return new MemberCadence(memberId, role, tier, Math.max(1, usualDays * percent / 100), usualDays,
                nearest.what() + " on " + nearest.on() + " (campaign " + nearest.campaignId() + ")");
    }

    public String describe() {
        String cadence = tier.name().toLowerCase(Locale.ROOT) + " " + role.name().toLowerCase(Locale.ROOT)
                .replace('_', '-') + ": every " + days + " days";
        return moment == null ? cadence : cadence + " (usually " + usualDays + ") until " + moment;
    }

    @Override
    public String factId() {
        return memberId;
    }
}
