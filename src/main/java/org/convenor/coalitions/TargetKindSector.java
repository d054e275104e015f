package org.convenor.coalitions;

import org.convenor.network.Sector;
import org.convenor.network.TargetKind;

/** A row of the target table: decision-makers of this kind listen to this sector, because... */
public record TargetKindSector(TargetKind kind, Sector sector, String because) {
}
