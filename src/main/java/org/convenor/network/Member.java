package org.convenor.network;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.engine.Fact;
import org.jspecify.annotations.Nullable;

/**
 * Someone in the convenor's network. Only {@code id}, {@code kind} and {@code roles} are required; a
 * decision that needs a missing value says so instead of guessing.
 */
public record Member(
        @Schema(pattern = Schemas.ID, example = "geneva-ngo") String id,
        @Nullable String name,
        MemberKind kind,
        @ArraySchema(minItems = 1) List<Role> roles,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, defaultValue = "STANDARD") Tier tier,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out: none") List<Sector> sectors,
        @Schema(pattern = Schemas.COUNTRY, description = "ISO 3166-1 alpha-2, and XK for Kosovo", example = "KE")
        @Nullable String country,
        @Schema(description = "Overrides the Global South list for this member") @Nullable Boolean globalSouth,
        @Schema(minimum = Schemas.NO_AMOUNT, maximum = Schemas.MAX_AMOUNT,
                description = "An amount at most 6 decimal places, in incomeCurrency (left out: the convenor's currency)")
        @Nullable BigDecimal annualIncome,
        @Nullable Boolean feeWaiver,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED,
                description = "Ids of targets this member has access to; ids that are not a target of the campaign "
                        + "asked about are ignored. Left out: none")
        @ArraySchema(schema = @Schema(pattern = Schemas.ID)) List<String> reaches,
        @Schema(description = "The username of the user who tends this relationship (a STAFF or EDITOR user); "
                + "checked against the users when the member is stored, a label in the decision forms",
                example = "sam")
        @Nullable String owner,
        @Schema(description = "The day this member joined the network. Left out: with us before anything we record, "
                + "so no joining grace: the relationship rules count a newcomer's grace, benefits and coalitions "
                + "from this day", example = "2026-12-07")
        @Nullable LocalDate joinedOn,
        @Schema(pattern = Schemas.CURRENCY, description = "The ISO 4217 code of the currency annualIncome is in. "
                + "Left out: the convenor's currency. The fee rules convert it with the exchange rates in their "
                + "policy; a currency they have no rate for holds the fee until it is known", example = "KES")
        @Nullable String incomeCurrency,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, defaultValue = "false", description = "Someone whose "
                + "being in our network could endanger them: seen only by the owner (required), the users in "
                + "sharedWith and ADMIN; for anyone else absent from every answer. The decisions still count them")
        Boolean restricted,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Usernames who may see this member when it "
                + "is restricted, and its confidential notes; checked against the users when the member is stored. "
                + "Left out: none")
        @ArraySchema(schema = @Schema(example = "sam")) List<String> sharedWith,
        @Schema(description = "Serving in an office (an officer, an official) that usually cannot put its name to a "
                + "coalition: proposed as someone who could introduce us, not as a named voice. Left out: not known, "
                + "read as not serving")
        @Nullable Boolean serving,
        @Schema(description = "Whether the member may be named publicly; false: proposed as someone who could "
                + "introduce us, not as a named voice. Left out: not known, read as nameable")
        @Nullable Boolean publiclyNameable) implements Fact {

    public Member {
        tier = tier == null ? Tier.STANDARD : tier;
        roles = roles == null ? null : Lists.distinct(roles);
        sectors = Lists.distinct(sectors);
        reaches = Lists.distinct(reaches);
        restricted = Boolean.TRUE.equals(restricted);
        sharedWith = Lists.distinct(sharedWith);
    }

    /**
     * A member neither restricted nor shared, whether it serves or may be named not known: as the rules and older
     * callers make one.
     */
    public Member(String id, @Nullable String name, MemberKind kind, List<Role> roles, Tier tier, List<Sector> sectors,
            @Nullable String country, @Nullable Boolean globalSouth, @Nullable BigDecimal annualIncome,
            @Nullable Boolean feeWaiver, List<String> reaches, @Nullable String owner, @Nullable LocalDate joinedOn,
            @Nullable String incomeCurrency) {
        this(id, name, kind, roles, tier, sectors, country, globalSouth, annualIncome, feeWaiver, reaches, owner,
                joinedOn, incomeCurrency, false, List.of(), null, null);
    }

    @Override
    public String factId() {
        return id;
    }

    /** The same member with access to these targets only. */
    public Member withReaches(List<String> targets) {
        return new Member(id, name, kind, roles, tier, sectors, country, globalSouth, annualIncome, feeWaiver, targets,
                owner, joinedOn, incomeCurrency, restricted, sharedWith, serving, publiclyNameable);
    }

    public boolean hasRole(Role role) {
        return roles != null && roles.contains(role);
    }
}
