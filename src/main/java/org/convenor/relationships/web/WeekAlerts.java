package org.convenor.relationships.web;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.RuleSet;
import org.convenor.network.store.StoredNetwork;
import org.convenor.relationships.RelationshipAnswer;
import org.convenor.relationships.RelationshipService;
import org.springframework.stereotype.Component;

/**
 * The alerts this week's page shows, decided once per network, version and day: paging through them or
 * changing a filter asks nothing of the rules again. The store hands out the same network object until a write
 * changes it, and a reload activates a new rule set object, so comparing the two by identity is exact.
 */
@Component
class WeekAlerts {

    private record Decided(StoredNetwork network, RuleSet ruleSet, LocalDate asOf, RelationshipAnswer answer) {
    }

    private final RelationshipService relationships;
    private final ActiveRuleSets ruleSets;
    private final AtomicReference<Decided> last = new AtomicReference<>();

    WeekAlerts(RelationshipService relationships, ActiveRuleSets ruleSets) {
        this.relationships = relationships;
        this.ruleSets = ruleSets;
    }

    RelationshipAnswer of(StoredNetwork network, LocalDate asOf) {
        RuleSet ruleSet = ruleSets.get(RelationshipService.RULE_SET);
        Decided decided = last.get();
        if (decided != null && decided.network() == network && decided.ruleSet() == ruleSet
                && decided.asOf().equals(asOf)) {
            return decided.answer();
        }
        RelationshipAnswer answer = relationships.decide(network, asOf, ruleSet);
        last.set(new Decided(network, ruleSet, asOf, answer));
        return answer;
    }
}
