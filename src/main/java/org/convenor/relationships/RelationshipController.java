package org.convenor.relationships;

import java.time.LocalDate;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.StoredNetwork;
import org.convenor.validation.RequestLimits;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RelationshipController {

    private final RelationshipService relationships;
    private final ActiveRuleSets ruleSets;
    private final RequestLimits limits;
    private final NetworkStore store;

    RelationshipController(RelationshipService relationships, ActiveRuleSets ruleSets, RequestLimits limits,
            NetworkStore store) {
        this.relationships = relationships;
        this.ruleSets = ruleSets;
        this.limits = limits;
        this.store = store;
    }

    /** Which relationships are going untended as of a day, and what to do about each this week. */
    @PostMapping("/api/relationships/alerts")
    RelationshipAnswer alerts(@RequestBody RelationshipRequest request) {
        limits.members(request.members());
        limits.interactions(request.interactions());
        return relationships.decide(request, ruleSets.get(RelationshipService.RULE_SET));
    }

    /** The same question over the stored network: {@code asOf} defaults to today (UTC). */
    @GetMapping("/api/relationships/alerts")
    RelationshipAnswer storedAlerts(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate asOf) {
        StoredNetwork network = store.read();
        return relationships.decide(new RelationshipRequest(asOf, network.members(), network.interactionFacts(),
                network.coalitions()), ruleSets.get(RelationshipService.RULE_SET));
    }
}
