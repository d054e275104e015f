package org.convenor.introductions;

import java.time.LocalDate;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.convenor.engine.RuleSet;
import org.convenor.network.Decided;
import org.convenor.network.store.NetworkDecision;
import org.convenor.network.store.StoredNetwork;
import org.springframework.stereotype.Component;

/** This month's introductions over the stored network, each about a pair of members, told apart by the rule. */
@Component
public class IntroductionImpact implements NetworkDecision {

    private final IntroductionService introductions;
    private final JsonMapper json;

    public IntroductionImpact(IntroductionService introductions, JsonMapper json) {
        this.introductions = introductions;
        this.json = json;
    }

    @Override
    public String ruleSet() {
        return IntroductionService.RULE_SET;
    }

    @Override
    public Impact decide(StoredNetwork network, LocalDate asOf, RuleSet ruleSet, Set<String> hidden) {
        return new Impact(introductions.decide(network, asOf, ruleSet).seenBy(hidden).introductions().stream()
                .map(introduction -> new Decided(Decided.subject("member", introduction.members().get(0),
                        "introducedTo", introduction.members().get(1)), introduction.rule(),
                        json.valueToTree(introduction)))
                .toList(), null);
    }
}
