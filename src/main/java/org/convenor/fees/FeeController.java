package org.convenor.fees;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.network.store.ConvenorIncome;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.StoredNetwork;
import org.convenor.validation.RequestLimits;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
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
    FeeAnswer assess(@RequestBody FeeRequest request) {
        limits.members(request.members());
        return fees.decide(request, ruleSets.get(FeeService.RULE_SET));
    }

    /** The whole fee book: every stored member, measured against the stored income. */
    @GetMapping("/api/fees/assessments")
    FeeAnswer assessStored() {
        StoredNetwork network = store.read();
        ConvenorIncome income = network.convenor();
        Convenor convenor = income == null ? null : new Convenor(income.annualIncome(), income.currency());
        return fees.decide(new FeeRequest(convenor, network.members()), ruleSets.get(FeeService.RULE_SET));
    }
}
