package org.convenor.engine;

/**
 * An evaluation fired more rules, or inserted more facts, than its bound allows: a rule is almost certainly
 * re-triggering itself or inserting without end. The request fails; the service keeps going.
 */
public class EvaluationLimitException extends RuntimeException {

    /** @param rules the rules that did it, named as a person would look for them */
    public EvaluationLimitException(RuleSet ruleSet, String what, long limit, String rules) {
        super("Rule set " + ruleSet + " " + what + " more than " + limit + " for one request, most of it in " + rules
                + ". One of them is probably re-triggering itself or inserting without end.");
    }
}
