package org.convenor.rulesets;

/** What an attempt to (re)load a rule set did. */
public enum Outcome {
    /** The candidate compiled and passed every scenario; it now answers requests. */
    ACTIVATED,
    /** The candidate failed to compile or failed a scenario; the previous version keeps answering. */
    REJECTED,
    /** The rules are those of the active version; their scenarios pass (checked again if they changed). */
    UNCHANGED
}
