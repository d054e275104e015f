package org.convenor.fees;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.Decision;
import org.convenor.engine.Evaluation;
import org.convenor.engine.KeptDecisions;
import org.convenor.engine.Partitioning;
import org.convenor.engine.RuleEngine;
import org.convenor.engine.RuleSet;
import org.convenor.engine.RuleSetRef;
import org.convenor.network.Member;
import org.convenor.network.store.ConvenorIncome;
import org.convenor.network.store.StoredNetwork;
import org.convenor.validation.NetworkChecks;
import org.convenor.validation.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Who owes a partnership fee, how much, and whether the fee book stays small. The rules decide each member's
 * outcome and the portfolio; this checks the request, inserts the facts and assembles the answer.
 */
@Service
public class FeeService implements Decision<FeeRequest, FeeAnswer> {

    public static final String RULE_SET = "fees";

    /** Members per session when the fee book is first kept. */
    private static final int MEMBERS_PER_PART = 1000;

    private final RuleEngine engine;
    private final @Nullable ActiveRuleSets ruleSets;
    private final KeptDecisions kept;
    private volatile @Nullable Booked booked;

    /** Keeps nothing: every fee book decided afresh. */
    public FeeService(RuleEngine engine) {
        this(engine, null);
    }

    /**
     * @param ruleSets the active versions, whose fee book over the stored network is kept member by member (the
     *        book's total decided again over the kept outcomes when one changes); {@code null}: none
     */
    @Autowired
    public FeeService(RuleEngine engine, @Nullable ActiveRuleSets ruleSets) {
        this.engine = engine;
        this.ruleSets = ruleSets;
        this.kept = new KeptDecisions(engine, new Partitioning(
                type -> type == Member.class ? "id" : Partitioning.component(type, "memberId"), Set.of(Convenor.class),
                MEMBERS_PER_PART));
    }

    @Override
    public String ruleSet() {
        return RULE_SET;
    }

    @Override
    public Class<FeeRequest> requestType() {
        return FeeRequest.class;
    }

    /** The fee book of the members in the request. */
    @Override
    public FeeAnswer decide(FeeRequest request, RuleSet ruleSet) {
        return decide(request, FeeBookScope.REQUEST, ruleSet);
    }

    /** @param scope whether the request carries the whole stored network or only some members */
    public FeeAnswer decide(FeeRequest request, FeeBookScope scope, RuleSet ruleSet) {
        return book(request, scope, ruleSet).answer();
    }

    /**
     * The fee book with the lines it is measured against, as the console's page draws them.
     *
     * @param policy the shares the rules warn at and cap at; {@code null} if the rule set states none
     */
    public record FeeBook(FeeAnswer answer, @Nullable FeePolicy policy) {
    }

    /** The stored network's fee book, with its lines. */
    public FeeBook book(StoredNetwork network, RuleSet ruleSet) {
        return active(ruleSet) ? kept(network, ruleSet) : book(request(network), FeeBookScope.NETWORK, ruleSet);
    }

    /** Builds the kept fee book of a version about to be activated, beside the active one's. */
    public void prepare(StoredNetwork network, RuleSet next) {
        if (ruleSets != null) {
            kept(network, next);
        }
    }

    /** The fee book kept member by member; asked again of the same network, the same book. */
    private FeeBook kept(StoredNetwork network, RuleSet ruleSet) {
        FeeRequest request = request(network);
        Evaluation evaluation = kept.evaluate(RULE_SET, ruleSet, List.of(network), () -> {
            validate(request);
            return facts(request);
        });
        Booked last = booked;
        if (last != null && last.evaluation() == evaluation) {
            return last.book();
        }
        FeeBook book = book(request, FeeBookScope.NETWORK, ruleSet, evaluation);
        booked = new Booked(evaluation, book);
        return book;
    }

    /** The book last made of a kept evaluation. */
    private record Booked(Evaluation evaluation, FeeBook book) {
    }

    /** Every rule firing the kept fee book cost so far: what a write cost, counted rather than timed. */
    public long firings() {
        return kept.firings();
    }

    /** The rules of this version decided over the whole fee book rather than member by member, each with why. */
    public Map<String, String> decidedWhole(RuleSet ruleSet) {
        return kept.decidedWhole(ruleSet);
    }

    private boolean active(RuleSet ruleSet) {
        return ruleSets != null && ruleSets.find(RULE_SET).orElse(null) == ruleSet;
    }

    private FeeBook book(FeeRequest request, FeeBookScope scope, RuleSet ruleSet) {
        validate(request);
        return book(request, scope, ruleSet, engine.evaluate(ruleSet, facts(request)));
    }

    private static List<Object> facts(FeeRequest request) {
        List<Object> facts = new ArrayList<>(request.members());
        facts.add(request.convenor());
        return facts;
    }

    private static FeeBook book(FeeRequest request, FeeBookScope scope, RuleSet ruleSet, Evaluation evaluation) {
        Map<String, List<FeeStep>> steps = new LinkedHashMap<>();
        evaluation.all(FeeStep.class)
                .forEach(step -> steps.computeIfAbsent(step.memberId(), id -> new ArrayList<>()).add(step));
        List<FeeAssessment> assessments = new ArrayList<>(request.members().size());
        for (Member member : request.members()) {
            assessments.add(assessment(member.id(), steps.getOrDefault(member.id(), List.of())));
        }
        Portfolio portfolio = evaluation.all(Portfolio.class).stream().findFirst().map(p -> p.in(scope)).orElse(null);
        return new FeeBook(new FeeAnswer(RuleSetRef.of(ruleSet), assessments, portfolio, evaluation.all(FeeAlert.class),
                evaluation.firedRules()), evaluation.all(FeePolicy.class).stream().findFirst().orElse(null));
    }

    /** The whole fee book: every stored member, measured against the stored income. */
    public FeeAnswer decide(StoredNetwork network, RuleSet ruleSet) {
        return book(network, ruleSet).answer();
    }

    private static FeeRequest request(StoredNetwork network) {
        ConvenorIncome income = network.convenor();
        Convenor convenor = income == null ? null : new Convenor(income.annualIncome(), income.currency());
        return new FeeRequest(convenor, network.members());
    }

    /** Every check a request must pass before any rule sees it; public so benchmarks can run the same ones. */
    public static void validate(FeeRequest request) {
        Problems problems = new Problems();
        problems.positiveAmount("convenor.annualIncome", request.convenor().annualIncome());
        NetworkChecks.currency(problems, "convenor.currency", request.convenor().currency());
        NetworkChecks.members(problems, request.members());
        problems.throwIfAny();
    }

    /** The outcome the rules chose, with every step's reason in the order the rules reached them. */
    private static FeeAssessment assessment(String memberId, List<FeeStep> steps) {
        List<String> reasons = new ArrayList<>(steps.size());
        FeeOutcome outcome = null;
        for (FeeStep step : steps) {
            if (step.reason() != null) {
                reasons.add(step.reason());
            }
            if (outcome == null && step instanceof FeeOutcome chosen) {
                outcome = chosen;
            }
        }
        if (steps.isEmpty()) {
            return new FeeAssessment(memberId, AssessmentStatus.NOT_ASSESSED, false, null, false, null,
                    List.of("No fee rule applies to this member."));
        }
        if (outcome == null) {
            reasons.add("No rule decided this member's fee; the rule set may have a gap.");
            return new FeeAssessment(memberId, AssessmentStatus.NEEDS_INFORMATION, false, null, false, null, reasons);
        }
        return new FeeAssessment(memberId, outcome.status(), outcome.feePayable(), outcome.amount(), outcome.quote(),
                outcome.exemption(), reasons);
    }
}
