package org.convenor.introductions;

import org.convenor.engine.Fact;
import org.convenor.network.LinkKind;

/** Two members already linked, one fact each way round, so a rule can join on both ids. */
public record Linked(String memberId, String otherId, LinkKind kind) implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
