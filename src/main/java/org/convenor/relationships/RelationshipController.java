package org.convenor.relationships;

import org.convenor.engine.ActiveRuleSets;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RelationshipController {

    private final RelationshipService relationships;
    private final ActiveRuleSets ruleSets;

    RelationshipController(RelationshipService relationships, ActiveRuleSets ruleSets) {
        this.relationships = relationships;
        this.ruleSets = ruleSets;
    }

    /** Which relationships are going untended as of a day, and what to do about each this week. */
    @PostMapping("/api/relationships/alerts")
    RelationshipAnswer alerts(@RequestBody RelationshipRequest request) {
        return relationships.decide(request, ruleSets.get(RelationshipService.RULE_SET));
    }
}
