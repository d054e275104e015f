package org.convenor.engine;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.springframework.stereotype.Component;

/**
 * Evaluates facts against a rule set. Each evaluation runs in its own session on the rule set's shared,
 * immutable base; the session goes back to the rule set's pool, which resets it, so evaluations never see
 * each other. The rule set's policy tables are fired once, on its first evaluation (see {@link PolicyTables}).
 */
@Component
public class RuleEngine {

    /**
     * Bound on what the policy tables' rules may fire and insert, as a multiple of the per-fact bound: a table
     * has dozens of rows, and a rule without conditions that inserts without end must still stop.
     */
    private static final int TABLE_ROWS_PER_FACT_BOUND = 100;

    /** Bounds both firings and inserted facts at this x (input facts + 1): rules act a few times per fact. */
    private final int maxFiringsPerFact;

    public RuleEngine(RulesProperties properties) {
        this.maxFiringsPerFact = properties.maxFiringsPerFact();
    }

    public Evaluation evaluate(RuleSet ruleSet, Collection<?> facts) {
        PolicyTables.Fired tables = tables(ruleSet);
        long limit = limit(facts);
        return run(ruleSet, tables, facts, ruleSet.tables().skipTables(), limit, null).evaluation();
    }

    /**
     * The same evaluation, made in parts of a few hundred members, one after another, where the rule set
     * provably decides each member on its own (see {@link Partitioning}); whole otherwise. The bounds are the
     * whole evaluation's: every part within them, and all parts together.
     */
    public Evaluation evaluate(RuleSet ruleSet, Collection<?> facts, Partitioning partitioning) {
        PolicyTables.Fired tables = tables(ruleSet);
        Optional<List<Partitioning.Part>> parts = partitioning.obstacle(ruleSet, tables).isEmpty()
                ? partitioning.split(facts, tables) : Optional.empty();
        if (parts.isEmpty()) {
            return evaluate(ruleSet, facts);
        }
        long limit = limit(facts);
        Evaluation.Parts whole = new Evaluation.Parts(ruleSet, tables);
        long fired = tables.firings();
        EvaluationRecorder busiest = null;
        try {
            for (Partitioning.Part part : parts.get()) {
                EvaluationRecorder recorder = run(ruleSet, tables, part.facts(), ruleSet.tables().skipTables(), limit,
                        part);
                fired += recorder.count() - tables.firings();
                recorder.addTo(whole);
                busiest = busiest == null || recorder.count() > busiest.count() ? recorder : busiest;
            }
        } catch (RuntimeException e) {
            if (e == Partitioning.ESCAPE) {
                return evaluate(ruleSet, facts);
            }
            throw e;
        }
        if (fired > limit) {
            throw new EvaluationLimitException(ruleSet, "fired", limit, busiest.busiestRules());
        }
        if (whole.inserted(tables) + tables.facts().size() > limit) {
            throw new EvaluationLimitException(ruleSet, "inserted", limit, busiest.busiestRules());
        }
        return whole.evaluation();
    }

    /** What the rule set's policy tables insert, as its rules see them: what scenario phrases are resolved against. */
    public List<Object> policyFacts(RuleSet ruleSet) {
        return tables(ruleSet).facts();
    }

    long limit(Collection<?> facts) {
        return limit(facts.size());
    }

    long limit(int facts) {
        return (long) maxFiringsPerFact * (facts + 1);
    }

    PolicyTables.Fired tables(RuleSet ruleSet) {
        return ruleSet.tables().fired(() -> fireTables(ruleSet));
    }

    /** Fires only the rule set's policy tables, in a session of their own. */
    private PolicyTables.Fired fireTables(RuleSet ruleSet) {
        if (ruleSet.tables().rules().isEmpty()) {
            return PolicyTables.Fired.NONE;
        }
        long limit = (long) maxFiringsPerFact * TABLE_ROWS_PER_FACT_BOUND;
        return run(ruleSet, PolicyTables.Fired.NONE, List.of(), ruleSet.tables().onlyTables(), limit, null)
                .tablesFired();
    }

    private static EvaluationRecorder run(RuleSet ruleSet, PolicyTables.Fired tables, Collection<?> facts,
            AgendaFilter filter, long limit, Partitioning.Part part) {
        EvaluationRecorder recorder = new EvaluationRecorder(ruleSet, limit, tables, part);
        fire(ruleSet, tables.facts(), facts, filter, recorder,
                (int) Math.min(Math.max(limit + 1 - recorder.count(), 1), Integer.MAX_VALUE));
        if (recorder.count() > limit) {
            throw new EvaluationLimitException(ruleSet, "fired", limit, recorder.busiestRules());
        }
        return recorder;
    }

    /**
     * One session: the policy tables' facts and the input in, the listener on from there (it wants what the rules
     * insert, and the input facts are many), fired up to {@code max} times, disposed.
     */
    static <L extends AgendaEventListener & RuleRuntimeEventListener> void fire(RuleSet ruleSet,
            Collection<?> tableFacts, Collection<?> facts, AgendaFilter filter, L listener, int max) {
        KieSession session = ruleSet.sessions().newKieSession();
        try {
            tableFacts.forEach(session::insert);
            facts.forEach(session::insert);
            session.addEventListener((AgendaEventListener) listener);
            session.addEventListener((RuleRuntimeEventListener) listener);
            // A stateful session only because a stateless one cannot bound its firings.
            session.fireAllRules(filter, max);
        } catch (RuntimeException e) {
            if (Causes.find(e, Partitioning.ESCAPE.getClass()) != null) {
                throw Partitioning.ESCAPE;
            }
            // A limit we raised ourselves inside a consequence is reported as it is.
            EvaluationLimitException limitHit = Causes.find(e, EvaluationLimitException.class);
            throw limitHit != null ? limitHit : new RuleEvaluationException(ruleSet, e);
        } finally {
            session.removeEventListener((AgendaEventListener) listener);
            session.removeEventListener((RuleRuntimeEventListener) listener);
            session.dispose();
        }
    }
}
