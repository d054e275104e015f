package org.convenor.coalitions;

import java.util.List;

import org.convenor.engine.Fact;
import org.convenor.network.Sector;

/** A member who can lend its voice to a coalition, and the worlds it speaks from. */
public record Voice(String memberId, List<Sector> sectors) implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
