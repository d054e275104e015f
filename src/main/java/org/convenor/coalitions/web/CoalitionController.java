package org.convenor.coalitions.web;

import java.security.Principal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.convenor.coalitions.CoalitionAnswer;
import org.convenor.coalitions.CoalitionRequest;
import org.convenor.coalitions.CoalitionService;
import org.convenor.engine.ActiveRuleSets;
import org.convenor.network.Campaign;
import org.convenor.network.Reader;
import org.convenor.network.Schemas;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.StoredNetwork;
import org.convenor.validation.Ids;
import org.convenor.validation.NotFoundException;
import org.convenor.validation.RequestLimits;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Coalitions",
        description = "Which kinds of voices suit a campaign, who in the network brings them, and where it is thin.")
class CoalitionController {

    private final CoalitionService coalitions;
    private final ActiveRuleSets ruleSets;
    private final RequestLimits limits;
    private final NetworkStore store;

    CoalitionController(CoalitionService coalitions, ActiveRuleSets ruleSets, RequestLimits limits,
            NetworkStore store) {
        this.coalitions = coalitions;
        this.ruleSets = ruleSets;
        this.limits = limits;
        this.store = store;
    }

    /** Which kinds of voices suit the campaign, who in the network brings them, and where it is thin. */
    @PostMapping("/api/coalitions/recommendations")
    @Operation(operationId = "recommendVoices", summary = "Recommend the voices a campaign needs, and who brings them",
            description = """
                    Ranks the sectors whose voices suit the campaign (its themes, and whom its targets listen to), \
                    names the members who can bring each, best placed first, and warns where the network is thin: \
                    nobody in a sector, everyone in it declined, or only the usual suspects. Members who declined \
                    this campaign in disagreement are left out and listed as respected declines.""",
            responses = @ApiResponse(responseCode = "200",
                    description = "The recommendation, with the rules that made it"))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            examples = @ExampleObject(name = "coalition-query", ref = "#/components/examples/coalition-query")))
    CoalitionAnswer recommend(@RequestBody CoalitionRequest request) {
        limits.members(request.members());
        limits.interactions(request.interactions());
        return coalitions.decide(request, ruleSets.get(CoalitionService.RULE_SET));
    }

    /**
     * The same question for a stored campaign over the stored network. A member's {@code reaches} counts only
     * this campaign's targets: members who reach other campaigns' targets are asked about this one.
     */
    @GetMapping("/api/campaigns/{id}/recommendations")
    @Operation(operationId = "recommendVoicesForCampaign",
            summary = "Recommend the voices a stored campaign needs, from the stored network",
            description = "Each member's `reaches` counts only this campaign's targets. The same answer as "
                    + "the POST form with the network and campaign as body, except that restricted members the "
                    + "caller may not see are left out of it: the rules still weigh them, and no reason names them.")
    CoalitionAnswer recommendStored(@Parameter(schema = @Schema(pattern = Schemas.ID)) @PathVariable String id,
            @RequestParam(required = false) LocalDate asOf, Principal user) {
        StoredNetwork network = store.read();
        Campaign campaign = network.campaigns().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("campaign", Ids.require("id", id)));
        return coalitions.decide(network, campaign, asOf, ruleSets.get(CoalitionService.RULE_SET),
                network.hiddenFrom(Reader.of(user)));
    }
}
