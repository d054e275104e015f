package org.convenor.coalitions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.validation.RequestLimits;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Coalitions",
        description = "Which kinds of voices suit a campaign, who in the network brings them, and where it is thin.")
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
    @Operation(operationId = "recommendVoices", summary = "Recommend the voices a campaign needs, and who brings them",
            description = """
                    Ranks the sectors whose voices suit the campaign (its themes, and whom its targets listen to), \
                    names the members who can bring each, best placed first, and warns where the network is thin: \
                    nobody in a sector, everyone in it declined, or only the usual suspects. Members who declined \
                    this campaign in disagreement are left out and listed as respected declines.""",
            security = @SecurityRequirement(name = "apiKey"),
            responses = @ApiResponse(responseCode = "200",
                    description = "The recommendation, with the rules that made it"))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            examples = @ExampleObject(name = "coalition-query", ref = "#/components/examples/coalition-query")))
    CoalitionAnswer recommend(@RequestBody CoalitionRequest request) {
        limits.members(request.members());
        limits.interactions(request.interactions());
        return coalitions.decide(request, ruleSets.get(CoalitionService.RULE_SET));
    }
}
