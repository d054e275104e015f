package org.convenor.introductions;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.convenor.engine.FiredRule;
import org.convenor.engine.RuleSetRef;

public record IntroductionAnswer(RuleSetRef ruleSet, LocalDate asOf, List<Introduction> introductions,
        List<FiredRule> firedRules) {

    /**
     * The answer as a reader who may not see these (restricted) members reads it: no introduction names them (the
     * rules never suggest one), and neither do the facts of the rules that fired, such as the rule that set them
     * aside.
     */
    public IntroductionAnswer seenBy(Set<String> hidden) {
        return hidden.isEmpty() ? this : new IntroductionAnswer(ruleSet, asOf, introductions.stream()
                .filter(introduction -> introduction.members().stream().noneMatch(hidden::contains)).toList(),
                FiredRule.without(firedRules, hidden));
    }
}
