package org.convenor.engine;

import java.util.Collection;

import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.springframework.stereotype.Component;

/**
 * Evaluates facts against a rule set. Each evaluation runs in its own session on the rule set's shared,
 * immutable base; the session goes back to the rule set's pool, which resets it, so evaluations never see
 * each other.
 */
@Component
public class RuleEngine {

    /** Bounds both firings and inserted facts at this x (input facts + 1): rules act a few times per fact. */
    private final int maxFiringsPerFact;

    public RuleEngine(RulesProperties properties) {
        this.maxFiringsPerFact = properties.maxFiringsPerFact();
    }

    public Evaluation evaluate(RuleSet ruleSet, Collection<?> facts) {
        long limit = (long) maxFiringsPerFact * (facts.size() + 1);
        EvaluationRecorder recorder = new EvaluationRecorder(ruleSet, limit);
        KieSession session = ruleSet.sessions().newKieSession();
        try {
            session.addEventListener((AgendaEventListener) recorder);
            session.addEventListener((RuleRuntimeEventListener) recorder);
            facts.forEach(session::insert);
            // A stateful session only because a stateless one cannot bound its firings.
            session.fireAllRules((int) Math.min(limit + 1, Integer.MAX_VALUE));
        } catch (RuntimeException e) {
            // A limit we raised ourselves inside a consequence is reported as it is.
            EvaluationLimitException limitHit = Causes.find(e, EvaluationLimitException.class);
            throw limitHit != null ? limitHit : new RuleEvaluationException(ruleSet, e);
        } finally {
            session.removeEventListener((AgendaEventListener) recorder);
            session.removeEventListener((RuleRuntimeEventListener) recorder);
            session.dispose();
        }
        if (recorder.count() > limit) {
            throw new EvaluationLimitException(ruleSet, "fired", limit, recorder.busiestRules());
        }
        return new Evaluation(ruleSet, recorder.decisions(), recorder.firedRules(), recorder.insertedBy());
    }
}
