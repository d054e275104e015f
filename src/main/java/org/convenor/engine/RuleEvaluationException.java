package org.convenor.engine;

import org.kie.api.runtime.rule.ConsequenceException;

/** A rule failed while it ran (its consequence threw). The request fails; the service keeps going. */
public class RuleEvaluationException extends RuntimeException {

    public RuleEvaluationException(RuleSet ruleSet, Throwable cause) {
        super("Rule set " + ruleSet + " failed while evaluating" + ruleOf(cause) + ": " + rootMessage(cause), cause);
    }

    private static String ruleOf(Throwable error) {
        ConsequenceException consequence = Causes.find(error, ConsequenceException.class);
        return consequence == null || consequence.getRule() == null ? ""
                : ", in rule '" + consequence.getRule().getName() + "'";
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
