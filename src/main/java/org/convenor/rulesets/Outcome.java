package org.convenor.rulesets;

/** What an attempt to (re)load a rule set did. */
public enum Outcome {
    /** The candidate compiled and passed every scenario; it now answers requests. */
    ACTIVATED,
    /** The candidate failed to compile or failed a scenario; the previous version keeps answering. */
    REJECTED,
    /** Neither the rules nor the scenarios changed since the active version was checked. */
    UNCHANGED
}
