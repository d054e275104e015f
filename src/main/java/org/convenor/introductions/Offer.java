package org.convenor.introductions;

import org.convenor.engine.Fact;

/**
 * A suggestion as one of its two members sees it: to whom, and how soon it comes among theirs. {@code place} is
 * the rank, then the other member's id, as one string that sorts the same way, so counting the offers ahead of
 * this one is a single comparison rather than an or evaluated per offer.
 */
public record Offer(String memberId, String otherId, int rank, Suggestion suggestion, String place)
        implements Fact {

    public Offer(String memberId, String otherId, int rank, Suggestion suggestion) {
        this(memberId, otherId, rank, suggestion, place(rank, otherId));
    }

    /** The rank padded to ten digits (ranks are never negative), so the strings sort as the numbers do. */
    private static String place(int rank, String otherId) {
        String digits = Integer.toString(rank);
        return "0".repeat(Math.max(0, 10 - digits.length())) + digits + " " + otherId;
    }

    @Override
    public String factId() {
        return memberId;
    }
}
