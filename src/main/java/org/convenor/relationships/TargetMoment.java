package org.convenor.relationships;

import java.time.LocalDate;

import org.convenor.engine.Fact;
import org.convenor.network.CampaignStatus;

/** A campaign's moment, one fact per target of the campaign, so rules can join it on a member's reaches. */
public record TargetMoment(String campaignId, String targetId, CampaignStatus campaignStatus, LocalDate on,
        String what) implements Fact {

    @Override
    public String factId() {
        return campaignId;
    }
}
