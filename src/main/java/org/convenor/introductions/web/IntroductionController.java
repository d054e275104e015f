package org.convenor.introductions.web;

import java.security.Principal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.introductions.IntroductionAnswer;
import org.convenor.introductions.IntroductionRequest;
import org.convenor.introductions.IntroductionService;
import org.convenor.network.Reader;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.StoredNetwork;
import org.convenor.validation.RequestLimits;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Introductions", description = "Whom to introduce to whom this month, and why.")
class IntroductionController {

    private final IntroductionService introductions;
    private final ActiveRuleSets ruleSets;
    private final RequestLimits limits;
    private final NetworkStore store;

    IntroductionController(IntroductionService introductions, ActiveRuleSets ruleSets, RequestLimits limits,
            NetworkStore store) {
        this.introductions = introductions;
        this.ruleSets = ruleSets;
        this.limits = limits;
        this.store = store;
    }

    @PostMapping("/api/introductions")
    @Operation(operationId = "introductions", summary = "Suggest whom to introduce to whom as of a day",
            description = """
                    Pairs of members in the same sector the rules would introduce, each with the reason and the \
                    rule: a Global South partner and a Northern NGO, a new ally and a long-standing partner, \
                    someone with field evidence and a journalist. Never two members already linked, nor where \
                    one declined a coalition the other opted into; at most the policy's number per member. \
                    Ordered by the first member, then the second. Interactions after `asOf` do not count.""",
            responses = @ApiResponse(responseCode = "200", description = "The introductions, with the rules that fired"))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            examples = @ExampleObject(name = "introduction-query", ref = "#/components/examples/introduction-query")))
    IntroductionAnswer suggest(@RequestBody IntroductionRequest request) {
        limits.members(request.members());
        limits.interactions(request.interactions());
        return introductions.decide(request, ruleSets.get(IntroductionService.RULE_SET));
    }

    /** The same question over the stored network: {@code asOf} defaults to today in the office's time zone. */
    @GetMapping("/api/introductions")
    @Operation(operationId = "storedIntroductions", summary = "Suggest introductions within the stored network",
            description = "As of `asOf` (today in the office's time zone when left out); the same answer as the "
                    + "POST form with the stored network as body. An introduction logged "
                    + "(`POST /api/network/introductions`) links the two, which settles it.")
    IntroductionAnswer stored(@RequestParam(required = false) LocalDate asOf, Principal user) {
        StoredNetwork network = store.read();
        return introductions.decide(network, asOf, ruleSets.get(IntroductionService.RULE_SET))
                .seenBy(network.hiddenFrom(Reader.of(user)));
    }
}
