package org.convenor.network;

/** Where a campaign stands: a closed one is history, with its outcome and lessons. */
public enum CampaignStatus {
    ACTIVE, PAUSED, CLOSED
}
