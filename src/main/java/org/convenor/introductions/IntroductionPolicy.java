package org.convenor.introductions;

/**
 * The numbers staff tune.
 *
 * @param mostPerMember a member is offered at most this many introductions at a time
 * @param newAllyDays an ally that joined this many days ago or fewer is a new ally
 * @param longStandingDays a partner that joined this many days ago or more (or before anything we record) is
 *        long-standing
 * @param fieldEvidenceDays a story shared with us this many days ago or fewer is fresh evidence from the field
 */
public record IntroductionPolicy(int mostPerMember, int newAllyDays, int longStandingDays, int fieldEvidenceDays) {

    /** None of them makes sense below one: no introduction at all, or no one ever new. */
    public IntroductionPolicy {
        check("most per member", mostPerMember);
        check("new ally days", newAllyDays);
        check("long-standing days", longStandingDays);
        check("field evidence days", fieldEvidenceDays);
    }

    private static void check(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }
}
