package org.convenor.fees;

/** A member the fee rules consider: invoiced, or only quoted when it is a prospect. */
public record FeeCandidate(String memberId, boolean quote, String reason) implements FeeStep {
}
