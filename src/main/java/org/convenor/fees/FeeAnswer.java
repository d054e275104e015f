package org.convenor.fees;

import java.util.List;
import java.util.Set;

import org.convenor.engine.FiredRule;
import org.convenor.engine.RuleSetRef;
import org.jspecify.annotations.Nullable;

public record FeeAnswer(RuleSetRef ruleSet, List<FeeAssessment> assessments, @Nullable Portfolio portfolio,
        List<FeeAlert> alerts, List<FiredRule> firedRules) {

    /**
     * The answer as a reader who may not see these (restricted) members reads it: without their assessments, with
     * the same totals, which say how many such members they include. Nothing changes when none is hidden.
     */
    public FeeAnswer seenBy(Set<String> hidden) {
        if (hidden.isEmpty()) {
            return this;
        }
        return new FeeAnswer(ruleSet, assessments.stream().filter(a -> !hidden.contains(a.memberId())).toList(),
                portfolio == null ? null : portfolio.hiding(hidden), alerts, FiredRule.without(firedRules, hidden));
    }
}
