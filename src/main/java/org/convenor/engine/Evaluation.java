package org.convenor.engine;

import java.util.List;

/**
 * What one evaluation produced.
 *
 * @param decisions the facts the rules inserted (and did not delete), in the order they were inserted
 * @param firedRules every rule that fired, once each, in the order each first fired
 */
public record Evaluation(RuleSet ruleSet, List<Object> decisions, List<FiredRule> firedRules) {

    public <T> List<T> all(Class<T> type) {
        return decisions.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
