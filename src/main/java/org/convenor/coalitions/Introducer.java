package org.convenor.coalitions;

import org.convenor.engine.Fact;
import org.convenor.network.Sector;

/** A member in a recommended sector's world who may not put its name to a coalition, but could introduce us. */
public record Introducer(Sector sector, String memberId, String reason) implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
