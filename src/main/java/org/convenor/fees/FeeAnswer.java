package org.convenor.fees;

import java.util.List;

import org.convenor.engine.FiredRule;
import org.convenor.engine.RuleSetRef;
import org.jspecify.annotations.Nullable;

public record FeeAnswer(RuleSetRef ruleSet, List<FeeAssessment> assessments, @Nullable Portfolio portfolio,
        List<FeeAlert> alerts, List<FiredRule> firedRules) {
}
