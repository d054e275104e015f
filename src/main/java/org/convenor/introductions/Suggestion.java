package org.convenor.introductions;

import org.convenor.engine.Fact;
import org.convenor.network.Sector;

/**
 * An introduction a rule suggests: {@code first} to {@code second}, in a sector, for a reason. {@code rank} says
 * which reason comes first when several rules suggest the same pair (1 first); {@code pair} names the two
 * whichever way round, so rules can join on it; {@code order} is rank, then sector in the order listed, as one
 * number, so "comes first" is a single comparison the engine indexes rather than an or evaluated per pair.
 */
public record Suggestion(String first, String second, String pair, int rank, Sector sector, String reason,
        int order) implements Fact {

    public static Suggestion of(String first, String second, int rank, Sector sector, String reason) {
        String pair = first.compareTo(second) < 0 ? first + " " + second : second + " " + first;
        return new Suggestion(first, second, pair, rank, sector, reason,
                rank * Sector.values().length + sector.ordinal());
    }

    @Override
    public String factId() {
        return pair;
    }
}
