package org.convenor.introductions;

import org.convenor.engine.Fact;
import org.convenor.network.Sector;

/**
 * A member's place in one of its sectors. The members of a sector are weighed together in pods of ten,
 * in id order, and introductions are looked for within a pod: the rules join on sector and pod, so the work per
 * member stays the same however large the network grows.
 */
public record Seat(String memberId, Sector sector, int pod) implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
