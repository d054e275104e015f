package org.convenor.coalitions;

import java.time.LocalDate;

import org.convenor.engine.Fact;
import org.convenor.network.DeclineReason;
import org.convenor.network.ResponseKind;

/** One member's answer to one coalition, with the campaign the coalition served and the day it answered. */
public record Invitation(String coalitionId, String campaignId, String memberId, ResponseKind response,
        DeclineReason reason, LocalDate date) implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
