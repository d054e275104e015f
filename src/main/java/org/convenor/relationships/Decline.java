package org.convenor.relationships;

import java.time.LocalDate;

import org.convenor.engine.Fact;
import org.convenor.network.DeclineReason;

/** A member declined a coalition invitation on a day, for a reason. */
public record Decline(String coalitionId, String memberId, DeclineReason reason, LocalDate date) implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
