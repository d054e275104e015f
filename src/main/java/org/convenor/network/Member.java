package org.convenor.network;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.convenor.engine.Fact;

/**
 * Someone in the convenor's network. Only {@code id}, {@code kind} and {@code roles} are required; a
 * decision that needs a missing value says so instead of guessing.
 */
public record Member(
        @NotBlank String id,
        String name,
        @NotNull MemberKind kind,
        @NotEmpty List<@NotNull Role> roles,
        Tier tier,
        List<@NotNull Sector> sectors,
        String country,
        Boolean globalSouth,
        @PositiveOrZero BigDecimal annualIncome,
        Boolean feeWaiver,
        List<@NotBlank String> reaches) implements Fact {

    public Member {
        tier = tier == null ? Tier.STANDARD : tier;
        sectors = sectors == null ? List.of() : sectors;
        reaches = reaches == null ? List.of() : reaches;
    }

    @Override
    public String factId() {
        return id;
    }

    public boolean hasRole(Role role) {
        return roles != null && roles.contains(role);
    }
}
