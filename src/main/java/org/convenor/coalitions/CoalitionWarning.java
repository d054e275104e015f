package org.convenor.coalitions;

import org.convenor.network.Sector;

/** Where the network is too thin for the campaign. {@code sector} is null for a warning about the whole network. */
public record CoalitionWarning(String kind, Sector sector, String message) {
}
