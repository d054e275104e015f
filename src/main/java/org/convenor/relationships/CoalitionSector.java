package org.convenor.relationships;

import java.time.LocalDate;

import org.convenor.engine.Fact;
import org.convenor.network.Sector;

/** A coalition formed in a sector, one fact per sector so rules can join on it. */
public record CoalitionSector(String coalitionId, Sector sector, LocalDate formedOn) implements Fact {

    @Override
    public String factId() {
        return coalitionId;
    }
}
