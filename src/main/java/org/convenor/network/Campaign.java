package org.convenor.network;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.engine.Fact;
import org.jspecify.annotations.Nullable;

/**
 * One campaign: what it is about (themes), whom it must move (targets), when it runs and the moments it works
 * towards, and, once closed, what came of it and what we learned.
 */
public record Campaign(@Schema(pattern = Schemas.ID) String id, @Nullable String name, @Nullable String conflict,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out: none") List<Theme> themes,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out: none") List<Target> targets,
        @Schema(description = "The day the campaign starts", example = "2026-10-01") @Nullable LocalDate startsOn,
        @Schema(description = "The day it is planned to end; not before startsOn", example = "2027-06-30")
        @Nullable LocalDate endsOn,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, defaultValue = "ACTIVE",
                description = "A closed campaign's coalitions no longer count for the relationship rules")
        CampaignStatus status,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "The political moments it works towards; "
                + "in the weeks before one, the relationship rules ask to be in touch more often with members who "
                + "reach its targets. Left out: none")
        List<Moment> moments,
        @Schema(description = "What came of it, said when it closes") @Nullable String outcome,
        @Schema(description = "What we learned: what worked and what did not") @Nullable String lessons)
        implements Fact {

    public Campaign {
        themes = Lists.distinct(themes);
        targets = targets == null ? List.of() : targets;
        status = status == null ? CampaignStatus.ACTIVE : status;
        moments = moments == null ? List.of() : moments;
    }

    /** A campaign without dates or moments, active. */
    public Campaign(String id, @Nullable String name, @Nullable String conflict, List<Theme> themes,
            List<Target> targets) {
        this(id, name, conflict, themes, targets, null, null, null, null, null, null);
    }

    @Override
    public String factId() {
        return id;
    }
}
