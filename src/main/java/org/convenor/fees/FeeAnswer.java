package org.convenor.fees;

import java.util.List;

import org.convenor.engine.FiredRule;
import org.convenor.engine.RuleSetRef;

public record FeeAnswer(RuleSetRef ruleSet, List<FeeAssessment> assessments, Portfolio portfolio,
        List<FeeAlert> alerts, List<FiredRule> firedRules) {
}
