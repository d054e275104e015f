package org.convenor.coalitions.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.network.Decided;
import org.convenor.network.store.NetworkDecision;
import org.convenor.network.store.StoredNetwork;
import org.springframework.stereotype.Component;

/**
 * Which members the relationships rule set calls neglected this week, as a note for the campaign page: a
 * candidate in poor standing with us should hear from us before being asked to lend its voice. The coalitions
 * package imports no other decision: it asks whichever {@link NetworkDecision} answers for the relationships
 * rule set, as a member's page does, and reads its alerts' own words.
 */
@Component
class NeglectedCandidates {

    static final String RULE_SET = "relationships";
    static final String NEGLECTED = "NEGLECTED";

    private final List<NetworkDecision> decisions;
    private final ActiveRuleSets ruleSets;

    NeglectedCandidates(List<NetworkDecision> decisions, ActiveRuleSets ruleSets) {
        this.decisions = decisions;
        this.ruleSets = ruleSets;
    }

    /** Member id to the note, for these candidates; empty when no relationships decision is active. */
    Map<String, String> of(StoredNetwork network, LocalDate asOf, Set<String> candidates) {
        Map<String, String> notes = new HashMap<>();
        List<Decided> alerts = NetworkDecision.activeAbout(decisions, ruleSets, RULE_SET, network, asOf, candidates)
                .map(NetworkDecision.Impact::decisions).orElse(List.of());
        for (Decided decided : alerts) {
            JsonNode alert = decided.element();
            if (NEGLECTED.equals(alert.path("kind").asString())) {
                notes.putIfAbsent(alert.path("memberId").asString(), "Mend this relationship before asking: "
                        + "neglected, by the relationships rule \u201c" + alert.path("rule").asString() + "\u201d. "
                        + alert.path("message").asString());
            }
        }
        return notes;
    }
}
