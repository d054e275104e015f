package org.convenor.coalitions;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.validation.RequestLimits;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CoalitionController {

    private final CoalitionService coalitions;
    private final ActiveRuleSets ruleSets;
    private final RequestLimits limits;

    CoalitionController(CoalitionService coalitions, ActiveRuleSets ruleSets, RequestLimits limits) {
        this.coalitions = coalitions;
        this.ruleSets = ruleSets;
        this.limits = limits;
    }

    /** Which kinds of voices suit the campaign, who in the network brings them, and where it is thin. */
    @PostMapping("/api/coalitions/recommendations")
    CoalitionAnswer recommend(@RequestBody CoalitionRequest request) {
        limits.members(request.members());
        limits.interactions(request.interactions());
        return coalitions.decide(request, ruleSets.get(CoalitionService.RULE_SET));
    }
}
