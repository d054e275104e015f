package org.convenor.network;

import java.math.BigDecimal;
import java.util.List;

import org.convenor.engine.Fact;

/**
 * Someone in the convenor's network. Only {@code id}, {@code kind} and {@code roles} are required; a
 * decision that needs a missing value says so instead of guessing.
 */
public record Member(
        String id,
        String name,
        MemberKind kind,
        List<Role> roles,
        Tier tier,
        List<Sector> sectors,
        String country,
        Boolean globalSouth,
        BigDecimal annualIncome,
        Boolean feeWaiver,
        List<String> reaches) implements Fact {

    public Member {
        tier = tier == null ? Tier.STANDARD : tier;
        roles = roles == null ? null : Lists.distinct(roles);
        sectors = Lists.distinct(sectors);
        reaches = Lists.distinct(reaches);
    }

    @Override
    public String factId() {
        return id;
    }

    /** The same member with access to these targets only. */
    public Member withReaches(List<String> targets) {
        return new Member(id, name, kind, roles, tier, sectors, country, globalSouth, annualIncome, feeWaiver, targets);
    }

    public boolean hasRole(Role role) {
        return roles != null && roles.contains(role);
    }
}
