package org.convenor.relationships;

/**
 * The windows staff tune, in days.
 *
 * @param exclusionWindowDays coalitions formed this recently count when asking whether a partner was left out
 * @param intelUpdateDays a partner should get an intel update at least this often
 * @param conveningDays a partner should be invited to a convening at least this often
 */
public record RelationshipPolicy(int exclusionWindowDays, int intelUpdateDays, int conveningDays) {

    /** A window of no days or fewer would leave out every coalition, or flag every partner on the day it is served. */
    public RelationshipPolicy {
        check("exclusion window days", exclusionWindowDays);
        check("intel update days", intelUpdateDays);
        check("convening days", conveningDays);
    }

    private static void check(String name, int days) {
        if (days < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + days);
        }
    }
}
