package org.convenor.coalitions;

import java.util.Set;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.convenor.engine.RuleSet;
import org.convenor.network.Campaign;
import org.convenor.network.Decided;
import org.convenor.network.store.NetworkDecision;
import org.convenor.network.store.StoredNetwork;
import org.springframework.stereotype.Component;

/** The recommended voices of every stored campaign, one decision per campaign and sector. */
@Component
public class CoalitionImpact implements NetworkDecision {

    private final CoalitionService coalitions;
    private final JsonMapper json;

    public CoalitionImpact(CoalitionService coalitions, JsonMapper json) {
        this.coalitions = coalitions;
        this.json = json;
    }

    @Override
    public String ruleSet() {
        return CoalitionService.RULE_SET;
    }

    @Override
    public Impact decide(StoredNetwork network, LocalDate asOf, RuleSet ruleSet, Set<String> hidden) {
        List<Decided> decisions = new ArrayList<>();
        for (Campaign campaign : network.campaigns()) {
            coalitions.decide(network, campaign, asOf, ruleSet, hidden).recommendations().forEach(recommendation -> decisions
                    .add(new Decided(Decided.subject("campaignId", campaign.id(), "sector", recommendation.sector().name()),
                            null, json.valueToTree(recommendation))));
        }
        return new Impact(decisions, null);
    }

    @Override
    public void prepare(StoredNetwork network, RuleSet next) {
        coalitions.prepare(network, next);
    }
}
