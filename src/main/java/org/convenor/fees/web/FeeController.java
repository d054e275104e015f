package org.convenor.fees.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.security.Principal;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.fees.FeeAnswer;
import org.convenor.fees.FeeRequest;
import org.convenor.fees.FeeService;
import org.convenor.network.Reader;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.StoredNetwork;
import org.convenor.validation.RequestLimits;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Fees", description = "Who owes a partnership fee, how much, and whether the fee book stays under the cap.")
class FeeController {

    private final FeeService fees;
    private final ActiveRuleSets ruleSets;
    private final RequestLimits limits;
    private final NetworkStore store;

    FeeController(FeeService fees, ActiveRuleSets ruleSets, RequestLimits limits, NetworkStore store) {
        this.fees = fees;
        this.ruleSets = ruleSets;
        this.limits = limits;
        this.store = store;
    }

    /** Who owes a partnership fee, how much, and whether the fee book stays under the cap. */
    @PostMapping("/api/fees/assessments")
    @Operation(operationId = "assessFees", summary = "Assess partnership fees for the members sent",
            description = """
                    Decides for each member whether a partnership fee is due, how much (or, for a prospect, what it \
                    would be), or why not, and totals the fee book against the convenor's income. Without the \
                    convenor's income the book is totalled but not measured: `share` and `withinCap` are null and an \
                    INFO alert `CONVENOR_INCOME_UNKNOWN` says so.""",
            responses = @ApiResponse(responseCode = "200",
                    description = "The fee decision, with the rules that made it"))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            examples = @ExampleObject(name = "fee-query", ref = "#/components/examples/fee-query")))
    FeeAnswer assess(@RequestBody FeeRequest request) {
        limits.members(request.members());
        return fees.decide(request, ruleSets.get(FeeService.RULE_SET));
    }

    /** The whole fee book: every stored member, measured against the stored income. */
    @GetMapping("/api/fees/assessments")
    @Operation(operationId = "assessStoredFees", summary = "Assess the whole stored fee book",
            description = "Every stored member, measured against the stored income (`portfolio.scope` is "
                    + "NETWORK); with no income stored, `share` and `withinCap` are null and an INFO alert "
                    + "CONVENOR_INCOME_UNKNOWN says so. Restricted members the caller may not see are left out, and "
                    + "counted all the same: the total and share include them (`portfolio.restrictedIncluded`), so "
                    + "for such a caller the answer is not the POST form's over the members they see.")
    FeeAnswer assessStored(Principal user) {
        StoredNetwork network = store.read();
        return fees.decide(network, ruleSets.get(FeeService.RULE_SET)).seenBy(network.hiddenFrom(Reader.of(user)));
    }
}
