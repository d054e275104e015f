package org.convenor.network.store;

import java.util.List;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.RuleSet;
import org.springframework.stereotype.Component;

/**
 * A publish, a restore or a reload builds the new version's kept decisions over the stored network before the
 * version is activated, so the old version answers until the new one's are ready and the first page after the
 * switch does not wait for the whole network.
 */
@Component
class KeptOnActivation implements ActiveRuleSets.Preparation {

    private final NetworkStore store;
    private final List<NetworkDecision> decisions;

    KeptOnActivation(NetworkStore store, List<NetworkDecision> decisions) {
        this.store = store;
        this.decisions = decisions;
    }

    @Override
    public void prepare(RuleSet next) {
        List<NetworkDecision> deciding = decisions.stream().filter(d -> d.ruleSet().equals(next.name())).toList();
        if (!deciding.isEmpty()) {
            StoredNetwork network = store.read();
            deciding.forEach(decision -> decision.prepare(network, next));
        }
    }
}
