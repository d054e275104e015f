package org.convenor.relationships;

import org.convenor.network.Role;
import org.convenor.network.Tier;

/** A row of the cadence table: a member in this role should hear from us at least every so many days. */
public record Cadence(Role role, int keyDays, int standardDays) {

    public int days(Tier tier) {
        return tier == Tier.KEY ? keyDays : standardDays;
    }
}
