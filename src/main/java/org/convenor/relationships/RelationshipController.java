package org.convenor.relationships;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.validation.RequestLimits;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RelationshipController {

    private final RelationshipService relationships;
    private final ActiveRuleSets ruleSets;
    private final RequestLimits limits;

    RelationshipController(RelationshipService relationships, ActiveRuleSets ruleSets, RequestLimits limits) {
        this.relationships = relationships;
        this.ruleSets = ruleSets;
        this.limits = limits;
    }

    /** Which relationships are going untended as of a day, and what to do about each this week. */
    @PostMapping("/api/relationships/alerts")
    RelationshipAnswer alerts(@RequestBody RelationshipRequest request) {
        limits.members(request.members());
        limits.interactions(request.interactions());
        return relationships.decide(request, ruleSets.get(RelationshipService.RULE_SET));
    }
}
