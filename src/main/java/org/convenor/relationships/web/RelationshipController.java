package org.convenor.relationships.web;

import java.security.Principal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.network.Reader;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.Owners;
import org.convenor.network.store.StoredNetwork;
import org.convenor.relationships.RelationshipAnswer;
import org.convenor.relationships.RelationshipRequest;
import org.convenor.relationships.RelationshipService;
import org.convenor.validation.RequestLimits;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Relationships",
        description = "Which relationships are going untended, and what to do about each this week.")
class RelationshipController {

    private final RelationshipService relationships;
    private final ActiveRuleSets ruleSets;
    private final RequestLimits limits;
    private final NetworkStore store;
    private final Owners owners;

    RelationshipController(RelationshipService relationships, ActiveRuleSets ruleSets, RequestLimits limits,
            NetworkStore store, Owners owners) {
        this.relationships = relationships;
        this.ruleSets = ruleSets;
        this.limits = limits;
        this.store = store;
        this.owners = owners;
    }

    /** Which relationships are going untended as of a day, and what to do about each this week. */
    @PostMapping("/api/relationships/alerts")
    @Operation(operationId = "relationshipAlerts", summary = "Find the relationships going untended as of a day",
            description = """
                    Alerts for members past their contact cadence or never contacted, excluded from coalitions \
                    they suit, left untended after a disagreement, or whose partner benefits lapsed, each with what \
                    to do this week. CRITICAL first, then the longest without contact. Interactions after `asOf` \
                    do not count.""",
            responses = @ApiResponse(responseCode = "200", description = "The alerts, with the rules that raised them"))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            examples = @ExampleObject(name = "relationship-query", ref = "#/components/examples/relationship-query")))
    RelationshipAnswer alerts(@RequestBody RelationshipRequest request) {
        limits.members(request.members());
        limits.interactions(request.interactions());
        return relationships.decide(request, ruleSets.get(RelationshipService.RULE_SET));
    }

    /**
     * The same question over the stored network: {@code asOf} defaults to today in the office's time zone; the
     * alerts may be those of one owner's members.
     */
    @GetMapping("/api/relationships/alerts")
    @Operation(operationId = "storedRelationshipAlerts",
            summary = "Find the relationships of the stored network going untended",
            description = "As of `asOf` (today in the office's time zone when left out); the same answer as the"
                    + " POST form with the stored network as body. With `owner`, only the alerts of that owner's "
                    + "members; `firedRules` stay those of deciding the whole network. Restricted members the caller may "
                    + "not see are left out.")
    RelationshipAnswer storedAlerts(@RequestParam(required = false) LocalDate asOf,
            @Parameter(description = "Whose members: a username (a user who may own members), `me` (the caller) or "
                    + "`none` (members with no owner, or whose owner is no longer a user who may own members). Left "
                    + "out: everyone's.", example = "me") @RequestParam(required = false) String owner,
            Principal caller) {
        OwnerFilter filter = OwnerFilter.asked(owner, caller.getName(), owners);
        StoredNetwork network = store.read();
        RelationshipAnswer answer = relationships.decide(network, asOf, ruleSets.get(RelationshipService.RULE_SET))
                .seenBy(network.hiddenFrom(Reader.of(caller)));
        return new RelationshipAnswer(answer.ruleSet(), answer.asOf(),
                answer.alerts().stream().filter(alert -> filter.keeps(alert.owner())).toList(), answer.firedRules());
    }
}
