package org.convenor.engine;

import java.util.List;
import java.util.Map;

/**
 * What one evaluation produced.
 *
 * @param decisions the facts the rules inserted (and did not delete), in the order they were inserted
 * @param firedRules every rule that fired, once each, in the order each first fired
 * @param insertedBy the rule that inserted each decision, keyed by identity
 */
public record Evaluation(RuleSet ruleSet, List<Object> decisions, List<FiredRule> firedRules,
        Map<Object, String> insertedBy) {

    public <T> List<T> all(Class<T> type) {
        return decisions.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The name of the rule that inserted this decision, so a decision never has to carry its own rule's name. */
    public String ruleThatInserted(Object decision) {
        return insertedBy.get(decision);
    }
}
