package org.convenor.network;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.engine.Fact;
import org.jspecify.annotations.Nullable;

/** One campaign: what it is about (themes) and whom it must move (targets). */
public record Campaign(@Schema(pattern = Schemas.ID) String id, @Nullable String name, @Nullable String conflict,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out: none") List<Theme> themes,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out: none") List<Target> targets)
        implements Fact {

    public Campaign {
        themes = Lists.distinct(themes);
        targets = targets == null ? List.of() : targets;
    }

    @Override
    public String factId() {
        return id;
    }
}
