package org.convenor.coalitions;

import org.convenor.engine.Fact;

/** A member left out of the candidates because it declined this campaign in disagreement. */
public record RespectedDecline(String memberId, String reason) implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
