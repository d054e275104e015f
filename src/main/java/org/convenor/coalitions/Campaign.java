package org.convenor.coalitions;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.convenor.engine.Fact;

/** One campaign: what it is about (themes) and whom it must move (targets). */
public record Campaign(@NotBlank String id, String name, String conflict, List<@NotNull Theme> themes,
        List<@NotNull @Valid Target> targets) implements Fact {

    public Campaign {
        themes = themes == null ? List.of() : themes;
        targets = targets == null ? List.of() : targets;
    }

    @Override
    public String factId() {
        return id;
    }
}
