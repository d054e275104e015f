package org.convenor.fees;

/** A member found to be outside the Global South, so a fee may apply. */
public record OutsideGlobalSouth(String memberId, String reason) implements FeeStep {
}
