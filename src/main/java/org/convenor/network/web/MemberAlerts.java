package org.convenor.network.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.RuleSet;
import org.convenor.network.Decided;
import org.convenor.network.store.NetworkDecision;
import org.convenor.network.store.StoredNetwork;
import org.springframework.stereotype.Component;

/**
 * A member's current relationship alerts and suggested introductions, for its page. The store imports no decision: it asks whichever
 * {@link NetworkDecision} answers for the relationships rule set (the one a preview runs), over the whole
 * network as this week's page does, and keeps the answer elements about each member.
 * <p>
 * Both answers weigh the whole network, so each is kept, by member, while the network, the active version and the
 * day are the same: the store hands out the same network object until a write changes it, and a reload activates a
 * new rule set object, so comparing both by identity is exact. Opening one member after another then costs a look-up.
 */
@Component
class MemberAlerts {

    static final String RULE_SET = "relationships";
    static final String INTRODUCTIONS = "introductions";

    private final List<NetworkDecision> decisions;
    private final ActiveRuleSets ruleSets;
    private final Map<String, Kept<?>> kept = new ConcurrentHashMap<>();

    MemberAlerts(List<NetworkDecision> decisions, ActiveRuleSets ruleSets) {
        this.decisions = decisions;
        this.ruleSets = ruleSets;
    }

    /** One alert as the page shows it. */
    record Shown(String kind, String severity, String message, String suggestedAction, String rule) {
    }

    /** An answer, by member, and what it answered for. */
    private record Kept<T>(StoredNetwork network, RuleSet version, LocalDate asOf, Map<String, List<T>> byMember) {
    }

    /** @return empty when no relationships decision is active (then the page says so) */
    Optional<List<Shown>> of(StoredNetwork network, String memberId, LocalDate asOf) {
        return this.<Shown>byMember(RULE_SET, network, asOf, impact -> {
            Map<String, List<Shown>> byMember = new HashMap<>();
            impact.decisions().forEach(d -> byMember.computeIfAbsent(d.subject().get("memberId"),
                    id -> new ArrayList<>()).add(shown(d.element())));
            return byMember;
        }).map(byMember -> byMember.getOrDefault(memberId, List.of()));
    }

    /** An introduction suggested for this member: to whom, and why. */
    record Introduction(String otherId, String otherName, String reason, String rule) {
    }

    /** @return empty when no introductions decision is active (then the page says so) */
    Optional<List<Introduction>> introductions(StoredNetwork network, String memberId, LocalDate asOf) {
        return this.<Introduction>byMember(INTRODUCTIONS, network, asOf, impact -> {
            Map<String, String> names = new HashMap<>();
            network.members().forEach(m -> names.put(m.id(), MemberLinks.name(m)));
            Map<String, List<Introduction>> byMember = new HashMap<>();
            for (Decided d : impact.decisions()) {
                String one = d.subject().get("member");
                String other = d.subject().get("introducedTo");
                String reason = d.element().path("reason").asString();
                String rule = d.element().path("rule").asString();
                byMember.computeIfAbsent(one, id -> new ArrayList<>())
                        .add(new Introduction(other, names.getOrDefault(other, other), reason, rule));
                if (!other.equals(one)) {
                    byMember.computeIfAbsent(other, id -> new ArrayList<>())
                            .add(new Introduction(one, names.getOrDefault(one, one), reason, rule));
                }
            }
            return byMember;
        }).map(byMember -> byMember.getOrDefault(memberId, List.of()));
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<Map<String, List<T>>> byMember(String ruleSet, StoredNetwork network, LocalDate asOf,
            Function<NetworkDecision.Impact, Map<String, List<T>>> index) {
        Optional<RuleSet> version = ruleSets.find(ruleSet);
        if (version.isEmpty()) {
            return Optional.empty();
        }
        Kept<T> last = (Kept<T>) kept.get(ruleSet);
        if (last != null && last.network() == network && last.version() == version.get() && last.asOf().equals(asOf)) {
            return Optional.of(last.byMember());
        }
        return NetworkDecision.active(decisions, ruleSets, ruleSet, network, asOf, Set.of()).map(impact -> {
            Kept<T> decided = new Kept<>(network, version.get(), asOf, index.apply(impact));
            kept.put(ruleSet, decided);
            return decided.byMember();
        });
    }

    private static Shown shown(JsonNode alert) {
        return new Shown(alert.path("kind").asString(), alert.path("severity").asString(),
                alert.path("message").asString(), alert.path("suggestedAction").asString(), alert.path("rule").asString());
    }
}
