package org.convenor.fees;

import java.math.BigDecimal;
import java.util.List;

import org.convenor.engine.RuleSetRef;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Only in the {@code bench} profile: reads a fee request and answers with the same answer types, without
 * any rule. What it costs is the framework's own limit, which the fee endpoint is measured against.
 */
@RestController
@Profile("bench")
class NoopFeeController {

    @PostMapping("/bench/noop/fees")
    FeeAnswer noop(@RequestBody FeeRequest request) {
        List<FeeAssessment> assessments = request.members().stream()
                .map(member -> new FeeAssessment(member.id(), AssessmentStatus.ASSESSED, false, BigDecimal.ZERO, false,
                        null, List.of()))
                .toList();
        Portfolio portfolio = new Portfolio(BigDecimal.ZERO, request.convenor().annualIncome(), BigDecimal.ZERO, true,
                FeeBookScope.REQUEST, List.of());
        return new FeeAnswer(new RuleSetRef(FeeService.RULE_SET, "noop"), assessments, portfolio, List.of(), List.of());
    }
}
