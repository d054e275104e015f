package org.convenor.relationships;

import org.convenor.network.Role;
import org.convenor.network.Tier;

/** A row of the cadence table: a member in this role should hear from us at least every so many days. */
public record Cadence(Role role, int keyDays, int standardDays) {

    /** A cadence of no days or fewer would call every relationship of the role cold on the day of contact. */
    public Cadence {
        if (keyDays < 1) {
            throw new IllegalArgumentException("key days must be at least 1, not " + keyDays);
        }
        if (standardDays < 1) {
            throw new IllegalArgumentException("standard days must be at least 1, not " + standardDays);
        }
    }

    public int days(Tier tier) {
        return tier == Tier.KEY ? keyDays : standardDays;
    }
}
