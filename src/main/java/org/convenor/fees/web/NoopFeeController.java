package org.convenor.fees.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.RuleSetRef;
import org.convenor.fees.AssessmentStatus;
import org.convenor.fees.FeeAnswer;
import org.convenor.fees.FeeAssessment;
import org.convenor.fees.FeeBookScope;
import org.convenor.fees.FeeRequest;
import org.convenor.fees.FeeService;
import org.convenor.fees.Portfolio;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Only in the {@code bench} profile: endpoints that read a fee request and answer with the same answer types
 * without deciding anything. What they cost is the framework's own limit, which the fee endpoint is measured
 * against; the second one tells apart what the fee answer's size costs from what deciding costs.
 */
@RestController
@Profile("bench")
class NoopFeeController {

    private final FeeService fees;
    private final ActiveRuleSets ruleSets;
    private final Map<FeeRequest, FeeAnswer> decidedOnce = new ConcurrentHashMap<>();

    NoopFeeController(FeeService fees, ActiveRuleSets ruleSets) {
        this.fees = fees;
        this.ruleSets = ruleSets;
    }

    /** A small answer of the right shape, without rules. */
    @PostMapping("/bench/noop/fees")
    FeeAnswer noop(@RequestBody FeeRequest request) {
        List<FeeAssessment> assessments = request.members().stream()
                .map(member -> new FeeAssessment(member.id(), AssessmentStatus.ASSESSED, false, BigDecimal.ZERO, false,
                        null, List.of()))
                .toList();
        Portfolio portfolio = new Portfolio(BigDecimal.ZERO, request.convenor().annualIncome(), BigDecimal.ZERO, true,
                FeeBookScope.REQUEST, List.of(), 0);
        return new FeeAnswer(new RuleSetRef(FeeService.RULE_SET, "noop"), assessments, portfolio, List.of(), List.of());
    }

    /** The fee endpoint's own answer to this request, decided once and then answered again without rules. */
    @PostMapping("/bench/noop/fees/decided-once")
    FeeAnswer decidedOnce(@RequestBody FeeRequest request) {
        return decidedOnce.computeIfAbsent(request, r -> fees.decide(r, ruleSets.get(FeeService.RULE_SET)));
    }
}
