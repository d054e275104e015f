package org.convenor.introductions;

import org.convenor.engine.Fact;

/** A suggestion as one of its two members sees it: to whom, and how soon it comes among theirs. */
public record Offer(String memberId, String otherId, int rank, Suggestion suggestion) implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
