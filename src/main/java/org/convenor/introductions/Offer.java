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
        this(memberId, otherId, rank, suggestion, "%010d %s".formatted(rank, otherId));
    }

    @Override
    public String factId() {
        return memberId;
    }
}
