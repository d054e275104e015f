package org.convenor.network.web;

import java.util.Set;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.network.store.NetworkDecision;
import org.convenor.network.store.StoredNetwork;
import org.springframework.stereotype.Component;

/**
 * A member's current relationship alerts and suggested introductions, for its page. The store imports no decision: it asks whichever
 * {@link NetworkDecision} answers for the relationships rule set (the one a preview runs), over the whole
 * network as this week's page does, and keeps the answer elements about this member.
 */
@Component
class MemberAlerts {

    static final String RULE_SET = "relationships";
    static final String INTRODUCTIONS = "introductions";

    private final List<NetworkDecision> decisions;
    private final ActiveRuleSets ruleSets;

    MemberAlerts(List<NetworkDecision> decisions, ActiveRuleSets ruleSets) {
        this.decisions = decisions;
        this.ruleSets = ruleSets;
    }

    /** One alert as the page shows it. */
    record Shown(String kind, String severity, String message, String suggestedAction, String rule) {
    }

    /** @return empty when no relationships decision is active (then the page says so) */
    Optional<List<Shown>> of(StoredNetwork network, String memberId, LocalDate asOf) {
        return NetworkDecision.active(decisions, ruleSets, RULE_SET, network, asOf, Set.of())
                .map(impact -> impact.decisions().stream()
                        .filter(d -> memberId.equals(d.subject().get("memberId")))
                        .map(d -> shown(d.element())).toList());
    }

    /** An introduction suggested for this member: to whom, and why. */
    record Introduction(String otherId, String otherName, String reason, String rule) {
    }

    /** @return empty when no introductions decision is active (then the page says so) */
    Optional<List<Introduction>> introductions(StoredNetwork network, String memberId, LocalDate asOf) {
        Map<String, String> names = new HashMap<>();
        network.members().forEach(m -> names.put(m.id(), MemberLinks.name(m)));
        return NetworkDecision.active(decisions, ruleSets, INTRODUCTIONS, network, asOf, Set.of())
                .map(impact -> impact.decisions().stream()
                        .filter(d -> d.subject().containsValue(memberId))
                        .map(d -> {
                            String other = d.subject().get("member").equals(memberId) ? d.subject().get("introducedTo")
                                    : d.subject().get("member");
                            return new Introduction(other, names.getOrDefault(other, other),
                                    d.element().path("reason").asString(), d.element().path("rule").asString());
                        }).toList());
    }

    private static Shown shown(JsonNode alert) {
        return new Shown(alert.path("kind").asString(), alert.path("severity").asString(),
                alert.path("message").asString(), alert.path("suggestedAction").asString(), alert.path("rule").asString());
    }
}
