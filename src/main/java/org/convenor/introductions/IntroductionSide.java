package org.convenor.introductions;

/** The sides the introduction rules pair: each rule introduces one side to another in the same sector. */
public enum IntroductionSide {
    GLOBAL_SOUTH_PARTNER, NORTHERN_NGO, NEW_ALLY, LONG_STANDING_PARTNER, FIELD_EVIDENCE, JOURNALIST
}
