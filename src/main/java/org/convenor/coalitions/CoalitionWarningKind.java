package org.convenor.coalitions;

/**
 * Where the network is too thin for a campaign: nobody who lends a voice holds a recommended sector, every
 * such voice declined the campaign, or only the usual suspects can be brought.
 */
public enum CoalitionWarningKind {
    NO_CONNECTIONS, ALL_DECLINED, USUAL_SUSPECTS_ONLY
}
