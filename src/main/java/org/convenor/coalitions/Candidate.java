package org.convenor.coalitions;

import org.convenor.engine.Fact;
import org.convenor.network.Sector;

/** A member who can bring a recommended sector's voice. */
public record Candidate(Sector sector, String memberId, String reason) implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
