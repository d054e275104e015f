package org.convenor.relationships;

import java.time.LocalDate;
import java.util.List;

import org.convenor.engine.FiredRule;
import org.convenor.engine.RuleSetRef;

public record RelationshipAnswer(RuleSetRef ruleSet, LocalDate asOf, List<Alert> alerts, List<FiredRule> firedRules) {
}
