package org.convenor.introductions;

import org.convenor.engine.Fact;
import org.convenor.network.ResponseKind;

/** How a member answered a coalition's invitation: one fact each, so rules can join on coalition and member. */
public record CoalitionAnswer(String coalitionId, String memberId, ResponseKind response) implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
