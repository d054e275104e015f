package org.convenor.introductions;

import java.time.LocalDate;
import java.util.List;

import org.convenor.engine.FiredRule;
import org.convenor.engine.RuleSetRef;

public record IntroductionAnswer(RuleSetRef ruleSet, LocalDate asOf, List<Introduction> introductions,
        List<FiredRule> firedRules) {
}
