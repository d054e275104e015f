package org.convenor.coalitions;

/**
 * The scores staff tune. A sector's score is the sum of its signals; a candidate's standing is the sum of
 * its points.
 */
public record Weights(int targetListensTo, int theme, int targetKind, int partner, int keyTier, int reachesTarget) {
}
