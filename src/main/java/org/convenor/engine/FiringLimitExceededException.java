package org.convenor.engine;

/** An evaluation fired more rules than its bound allows: a rule is almost certainly looping. */
public class FiringLimitExceededException extends RuntimeException {

    public FiringLimitExceededException(RuleSet ruleSet, long limit, String lastRule) {
        super("Rule set " + ruleSet + " fired more than " + limit + " rules for one request; the last was '"
                + lastRule + "'. A rule is probably re-triggering itself.");
    }
}
