package org.convenor.fees;

import java.util.Set;
import java.time.LocalDate;

import tools.jackson.databind.json.JsonMapper;

import org.convenor.engine.RuleSet;
import org.convenor.network.Decided;
import org.convenor.network.store.NetworkDecision;
import org.convenor.network.store.StoredNetwork;
import org.springframework.stereotype.Component;

/** The fee book over the stored network, one decision per member, and its portfolio. */
@Component
public class FeeImpact implements NetworkDecision {

    private final FeeService fees;
    private final JsonMapper json;

    public FeeImpact(FeeService fees, JsonMapper json) {
        this.fees = fees;
        this.json = json;
    }

    @Override
    public String ruleSet() {
        return FeeService.RULE_SET;
    }

    @Override
    public Impact decide(StoredNetwork network, LocalDate asOf, RuleSet ruleSet, Set<String> hidden) {
        FeeAnswer answer = fees.decide(network, ruleSet).seenBy(hidden);
        return new Impact(answer.assessments().stream()
                .map(assessment -> new Decided(Decided.subject("memberId", assessment.memberId()), null,
                        json.valueToTree(assessment)))
                .toList(), json.valueToTree(answer.portfolio()));
    }

    @Override
    public void prepare(StoredNetwork network, RuleSet next) {
        fees.prepare(network, next);
    }
}
