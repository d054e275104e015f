package org.convenor.relationships;

import java.time.LocalDate;

import org.convenor.engine.Fact;
import org.convenor.network.Sector;

/** A member invited to a coalition in a sector, one fact per sector so rules can join on it. */
public record Invited(String coalitionId, String memberId, Sector sector, LocalDate formedOn) implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
