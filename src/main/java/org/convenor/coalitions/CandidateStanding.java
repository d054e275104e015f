package org.convenor.coalitions;

import org.convenor.engine.Fact;

/** A candidate's standing: the sum of its points, which brings it forward among the candidates. */
public record CandidateStanding(String memberId, int points) implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
