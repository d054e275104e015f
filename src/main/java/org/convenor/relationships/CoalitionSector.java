package org.convenor.relationships;

import java.time.LocalDate;

import org.convenor.engine.Fact;
import org.convenor.network.CampaignStatus;
import org.convenor.network.Sector;
import org.jspecify.annotations.Nullable;

/**
 * A coalition formed in a sector, one fact per sector so rules can join on it, with the status of
 * the campaign it was formed for ({@code null}: none, or one not stored).
 */
public record CoalitionSector(String coalitionId, Sector sector, LocalDate formedOn,
        @Nullable CampaignStatus campaignStatus) implements Fact {

    @Override
    public String factId() {
        return coalitionId;
    }
}
