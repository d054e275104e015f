package org.convenor.network;

import java.util.List;

import org.convenor.engine.Fact;

/** One campaign: what it is about (themes) and whom it must move (targets). */
public record Campaign(String id, String name, String conflict, List<Theme> themes,
        List<Target> targets) implements Fact {

    public Campaign {
        themes = Lists.distinct(themes);
        targets = targets == null ? List.of() : targets;
    }

    @Override
    public String factId() {
        return id;
    }
}
