package org.convenor.fees;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.convenor.engine.Decision;
import org.convenor.engine.Evaluation;
import org.convenor.engine.RuleEngine;
import org.convenor.engine.RuleSet;
import org.convenor.engine.RuleSetRef;
import org.convenor.network.Member;
import org.convenor.validation.NetworkChecks;
import org.convenor.validation.Problems;
import org.springframework.stereotype.Service;

/** Who owes a partnership fee, how much, and whether the fee book stays small. The rules decide; this assembles. */
@Service
public class FeeService implements Decision<FeeRequest, FeeAnswer> {

    static final String RULE_SET = "fees";

    private final RuleEngine engine;

    public FeeService(RuleEngine engine) {
        this.engine = engine;
    }

    @Override
    public String ruleSet() {
        return RULE_SET;
    }

    @Override
    public Class<FeeRequest> requestType() {
        return FeeRequest.class;
    }

    @Override
    public FeeAnswer decide(FeeRequest request, RuleSet ruleSet) {
        validate(request);
        List<Object> facts = new ArrayList<>(request.members());
        facts.add(request.convenor());
        Evaluation evaluation = engine.evaluate(ruleSet, facts);

        Map<String, List<FeeStep>> steps = new LinkedHashMap<>();
        evaluation.all(FeeStep.class)
                .forEach(step -> steps.computeIfAbsent(step.memberId(), id -> new ArrayList<>()).add(step));
        List<FeeAssessment> assessments = request.members().stream()
                .map(member -> assess(member, steps.getOrDefault(member.id(), List.of())))
                .toList();
        Portfolio portfolio = evaluation.all(Portfolio.class).stream().findFirst().orElse(null);
        return new FeeAnswer(RuleSetRef.of(ruleSet), assessments, portfolio, evaluation.all(FeeAlert.class),
                evaluation.firedRules());
    }

    /** Every check a request must pass before any rule sees it; public so benchmarks can run the same ones. */
    public static void validate(FeeRequest request) {
        Problems problems = new Problems();
        if (problems.required("convenor", request.convenor())
                && problems.required("convenor.annualIncome", request.convenor().annualIncome())) {
            problems.positiveAmount("convenor.annualIncome", request.convenor().annualIncome());
        }
        NetworkChecks.members(problems, request.members());
        problems.throwIfAny();
    }

    private static FeeAssessment assess(Member member, List<FeeStep> steps) {
        List<String> reasons = steps.stream().map(FeeStep::reason).toList();
        boolean quote = steps.stream().anyMatch(step -> step instanceof FeeCandidate candidate && candidate.quote());
        if (steps.stream().anyMatch(NotAssessed.class::isInstance) || steps.isEmpty()) {
            return new FeeAssessment(member.id(), AssessmentStatus.NOT_ASSESSED, false, null, false, null,
                    steps.isEmpty() ? List.of("No fee rule applies to this member.") : reasons);
        }
        if (steps.stream().anyMatch(InformationNeeded.class::isInstance)) {
            return new FeeAssessment(member.id(), AssessmentStatus.NEEDS_INFORMATION, false, null, quote, null, reasons);
        }
        for (FeeStep step : steps) {
            if (step instanceof Exemption exemption) {
                return new FeeAssessment(member.id(), AssessmentStatus.ASSESSED, false, BigDecimal.ZERO, quote,
                        exemption.kind(), reasons);
            }
        }
        for (FeeStep step : steps) {
            if (step instanceof FeeDue due) {
                boolean payable = !quote && due.amount().signum() > 0;
                return new FeeAssessment(member.id(), AssessmentStatus.ASSESSED, payable, due.amount(), quote, null,
                        reasons);
            }
        }
        List<String> unfinished = new ArrayList<>(reasons);
        unfinished.add("No rule decided this member's fee; the rule set may have a gap.");
        return new FeeAssessment(member.id(), AssessmentStatus.NEEDS_INFORMATION, false, null, quote, null, unfinished);
    }
}
