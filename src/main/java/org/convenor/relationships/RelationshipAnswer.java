package org.convenor.relationships;

import java.util.Set;
import java.time.LocalDate;
import java.util.List;

import org.convenor.engine.FiredRule;
import org.convenor.engine.RuleSetRef;

public record RelationshipAnswer(RuleSetRef ruleSet, LocalDate asOf, List<Alert> alerts, List<FiredRule> firedRules) {

    /** The answer as a reader who may not see these (restricted) members reads it: without their alerts. */
    public RelationshipAnswer seenBy(Set<String> hidden) {
        return hidden.isEmpty() ? this : new RelationshipAnswer(ruleSet, asOf,
                alerts.stream().filter(alert -> !hidden.contains(alert.memberId())).toList(),
                FiredRule.without(firedRules, hidden));
    }
}
