package org.convenor.relationships;

/**
 * How campaign moments tighten the cadence of those who can reach its targets.
 *
 * @param weeksBefore the moment counts from this many weeks before its day, through the day itself
 * @param cadencePercent the cadence in those weeks, as a percentage of the usual one (50: twice as often)
 */
public record MomentPolicy(int weeksBefore, int cadencePercent) {

    /** No weeks would never tighten anything; a percentage outside 1 to 100 would loosen or erase the cadence. */
    public MomentPolicy {
        if (weeksBefore < 1) {
            throw new IllegalArgumentException("weeks before a moment must be at least 1, not " + weeksBefore);
        }
        if (cadencePercent < 1 || cadencePercent > 100) {
            throw new IllegalArgumentException("the cadence before a moment must be 1 to 100 percent, not "
                    + cadencePercent);
        }
    }
}
