package org.convenor.network.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.network.store.NetworkDecision;
import org.convenor.network.store.StoredNetwork;
import org.springframework.stereotype.Component;

/**
 * A member's current relationship alerts and suggested introductions, for its page. The store imports no decision: it
 * asks whichever {@link NetworkDecision} answers for each rule set (the one a preview runs) for what it decided about
 * this member. Both weigh the whole network and keep their answer while the network, the version and the day are the
 * same, so opening one member after another costs picking that member's out.
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
        return NetworkDecision.activeAbout(decisions, ruleSets, RULE_SET, network, asOf, Set.of(memberId))
                .map(impact -> impact.decisions().stream().map(d -> shown(d.element())).toList());
    }

    /** An introduction suggested for this member: to whom, and why. */
    record Introduction(String otherId, String otherName, String reason, String rule) {
    }

    /**
     * The introductions suggested for a member.
     *
     * @param catchingUp they are the last ones decided, from before the latest writes, which are being decided
     */
    record Suggested(List<Introduction> list, boolean catchingUp) {
    }

    /** @return empty when no introductions decision is active (then the page says so) */
    Optional<Suggested> introductions(StoredNetwork network, String memberId, LocalDate asOf) {
        return NetworkDecision.activeAbout(decisions, ruleSets, INTRODUCTIONS, network, asOf, Set.of(memberId))
                .map(impact -> suggested(impact, network, memberId));
    }

    private static Suggested suggested(NetworkDecision.Impact impact, StoredNetwork network, String memberId) {
        Set<String> named = new HashSet<>();
        impact.decisions().forEach(d -> named.addAll(d.subject().values()));
        Map<String, String> names = network.namesOf(named);
        return new Suggested(impact.decisions().stream().map(d -> {
            String one = d.subject().get("member");
            String other = one.equals(memberId) ? d.subject().get("introducedTo") : one;
            return new Introduction(other, names.getOrDefault(other, other), d.element().path("reason").asString(),
                    d.element().path("rule").asString());
        }).toList(), impact.catchingUp());
    }

    private static Shown shown(JsonNode alert) {
        return new Shown(alert.path("kind").asString(), alert.path("severity").asString(),
                alert.path("message").asString(), alert.path("suggestedAction").asString(), alert.path("rule").asString());
    }
}
