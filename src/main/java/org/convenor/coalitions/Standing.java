package org.convenor.coalitions;

import org.convenor.engine.Fact;

/** Points that bring a member forward among candidates (a partner, a key relationship, access to a target). */
public record Standing(String memberId, int points, String reason) implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
