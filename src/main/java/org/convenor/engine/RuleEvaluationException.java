package org.convenor.engine;

/** A rule failed while it ran (its consequence threw). The request fails; the service keeps going. */
public class RuleEvaluationException extends RuntimeException {

    public RuleEvaluationException(RuleSet ruleSet, Throwable cause) {
        super("Rule set " + ruleSet + " failed while evaluating: " + rootMessage(cause), cause);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
