package org.convenor.relationships;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import org.convenor.engine.RuleSet;
import org.convenor.network.Decided;
import org.convenor.network.store.NetworkDecision;
import org.convenor.network.store.StoredNetwork;
import org.springframework.stereotype.Component;

/** This week's alerts over the stored network, each about a member and a kind, told apart by the rule. */
@Component
public class RelationshipImpact implements NetworkDecision {

    private final RelationshipService relationships;
    private final JsonMapper json;

    public RelationshipImpact(RelationshipService relationships, JsonMapper json) {
        this.relationships = relationships;
        this.json = json;
    }

    @Override
    public String ruleSet() {
        return RelationshipService.RULE_SET;
    }

    @Override
    public Impact decide(StoredNetwork network, LocalDate asOf, RuleSet ruleSet, Set<String> hidden) {
        return impact(relationships.decide(network, asOf, ruleSet).seenBy(hidden).alerts().stream());
    }

    @Override
    public Impact aboutMembers(StoredNetwork network, LocalDate asOf, RuleSet ruleSet, Set<String> memberIds) {
        return impact(relationships.decide(network, asOf, ruleSet).alerts().stream()
                .filter(alert -> memberIds.contains(alert.memberId())));
    }

    private Impact impact(Stream<Alert> alerts) {
        return new Impact(alerts.map(alert -> new Decided(Decided.subject("memberId", alert.memberId(), "kind",
                alert.kind().name()), alert.rule(), json.valueToTree(alert))).toList(), null);
    }

    @Override
    public void prepare(StoredNetwork network, RuleSet next) {
        relationships.prepare(network, next);
    }
}
