package org.convenor.fees;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.validation.RequestLimits;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FeeController {

    private final FeeService fees;
    private final ActiveRuleSets ruleSets;
    private final RequestLimits limits;

    FeeController(FeeService fees, ActiveRuleSets ruleSets, RequestLimits limits) {
        this.fees = fees;
        this.ruleSets = ruleSets;
        this.limits = limits;
    }

    /** Who owes a partnership fee, how much, and whether the fee book stays under the cap. */
    @PostMapping("/api/fees/assessments")
    FeeAnswer assess(@RequestBody FeeRequest request) {
        limits.members(request.members());
        return fees.decide(request, ruleSets.get(FeeService.RULE_SET));
    }
}
