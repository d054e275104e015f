package org.convenor.coalitions;

import org.convenor.network.Sector;

/** A further reason shown with a recommended sector (whom we know in a world where we have no voice). */
public record SectorNote(Sector sector, String reason) {
}
