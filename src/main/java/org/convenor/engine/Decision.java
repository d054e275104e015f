package org.convenor.engine;

/**
 * A question one rule set answers. The HTTP API and the scenarios both go through {@link #decide}, so a
 * scenario proves what the API would answer.
 *
 * @param <Q> the request, exactly the body of the decision's endpoint
 * @param <A> the answer
 */
public interface Decision<Q, A> {

    String ruleSet();

    Class<Q> requestType();

    /** Validates the request and evaluates it against the given version of the rule set. */
    A decide(Q request, RuleSet ruleSet);
}
