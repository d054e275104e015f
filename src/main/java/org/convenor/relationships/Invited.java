package org.convenor.relationships;

import java.time.LocalDate;

import org.convenor.engine.Fact;
import org.convenor.network.CampaignStatus;
import org.convenor.network.Sector;
import org.jspecify.annotations.Nullable;

/**
 * A member invited to a coalition in a sector, one fact per sector so rules can join on it, with the status of
 * the campaign it was formed for ({@code null}: none, or one not stored).
 */
public record Invited(String coalitionId, String memberId, Sector sector, LocalDate formedOn,
        @Nullable CampaignStatus campaignStatus) implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
