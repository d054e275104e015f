package org.convenor.relationships.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.network.Decided;
import org.convenor.network.store.NetworkDecision;
import org.convenor.network.store.StoredNetwork;
import org.springframework.stereotype.Component;

/**
 * The introductions this week's page suggests beside its alerts. The relationships never import another decision:
 * this asks whichever {@link NetworkDecision} answers for the introductions rule set (the one a preview runs),
 * as a member's page does, and shows the first few.
 */
@Component
class WeekIntroductions {

    static final String RULE_SET = "introductions";
    static final int SHOWN = 25;

    private final List<NetworkDecision> decisions;
    private final ActiveRuleSets ruleSets;

    WeekIntroductions(List<NetworkDecision> decisions, ActiveRuleSets ruleSets) {
        this.decisions = decisions;
        this.ruleSets = ruleSets;
    }

    /** One introduction as the page lists it: the two members, named, why, and the rule. */
    record Shown(String first, String firstName, String second, String secondName, String reason, String rule) {
    }

    /**
     * The first few, and how many in all.
     *
     * @param catchingUp they are the last ones decided, from before the latest writes, which are being decided
     */
    record Week(List<Shown> shown, int total, boolean catchingUp) {
    }

    /** @return empty when no introductions decision is active (then the page says so) */
    Optional<Week> of(StoredNetwork network, LocalDate asOf, Set<String> hidden) {
        Optional<NetworkDecision.Impact> impact = NetworkDecision.active(decisions, ruleSets, RULE_SET, network, asOf,
                hidden);
        if (impact.isEmpty()) {
            return Optional.empty();
        }
        List<Decided> decided = impact.get().decisions();
        Set<String> named = new HashSet<>();
        decided.stream().limit(SHOWN).forEach(d -> named.addAll(d.subject().values()));
        Map<String, String> names = network.namesOf(named);
        List<Shown> shown = decided.stream().limit(SHOWN).map(d -> {
            String first = d.subject().get("member");
            String second = d.subject().get("introducedTo");
            return new Shown(first, names.getOrDefault(first, first), second, names.getOrDefault(second, second),
                    d.element().path("reason").asString(), d.element().path("rule").asString());
        }).toList();
        return Optional.of(new Week(shown, decided.size(), impact.get().catchingUp()));
    }
}
