package org.convenor.coalitions;

import org.convenor.network.Sector;

/** One reason to recommend a sector, and how much it weighs. */
public record SectorSignal(Sector sector, int weight, String reason) {
}
