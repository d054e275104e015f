package org.convenor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Evaluates facts against a rule set. Each evaluation runs in its own session on the rule set's shared,
 * immutable base; the session goes back to the rule set's pool, which resets it, so evaluations never see
 * each other. The rule set's policy tables are fired once, on its first evaluation (see {@link PolicyTables}).
 */
@Component
public class RuleEngine implements AutoCloseable {

    /**
     * Bound on what the policy tables' rules may fire and insert, as a multiple of the per-fact bound: a table
     * has dozens of rows, and a rule without conditions that inserts without end must still stop.
     */
    private static final int TABLE_ROWS_PER_FACT_BOUND = 100;

    /** Bounds both firings and inserted facts at this x (input facts + 1): rules act a few times per fact. */
    private final int maxFiringsPerFact;
    /** Evaluates the parts of one evaluation side by side; {@code null} when parts run one after another. */
    private final ExecutorService partThreads;

    /** Parts of an evaluation run on as many threads as there are processors. */
    @Autowired
    public RuleEngine(RulesProperties properties) {
        this(properties, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many parts of one evaluation may run at once; 1 runs them one after another */
    public RuleEngine(RulesProperties properties, int threads) {
        this.maxFiringsPerFact = properties.maxFiringsPerFact();
        AtomicInteger count = new AtomicInteger();
        this.partThreads = threads <= 1 ? null : Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "rule-parts-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public Evaluation evaluate(RuleSet ruleSet, Collection<?> facts) {
        PolicyTables.Fired tables = tables(ruleSet);
        long limit = limit(facts);
        return run(ruleSet, tables, facts, ruleSet.tables().skipTables(), limit, null).evaluation();
    }

    /**
     * The same evaluation, made in parts of a few hundred members where the rule set provably decides each
     * member on its own (see {@link Partitioning}), side by side on the engine's threads; whole otherwise. The
     * bounds are the whole evaluation's: every part within them, and all parts together.
     */
    public Evaluation evaluate(RuleSet ruleSet, Collection<?> facts, Partitioning partitioning) {
        PolicyTables.Fired tables = tables(ruleSet);
        Optional<List<Partitioning.Part>> parts = partitioning.obstacle(ruleSet, tables).isEmpty()
                ? partitioning.split(facts, tables) : Optional.empty();
        if (parts.isEmpty()) {
            return evaluate(ruleSet, facts);
        }
        long limit = limit(facts);
        List<Callable<EvaluationRecorder>> work = parts.get().stream().<Callable<EvaluationRecorder>>map(part -> () ->
                run(ruleSet, tables, part.facts(), ruleSet.tables().skipTables(), limit, part)).toList();
        List<EvaluationRecorder> recorders;
        try {
            recorders = partThreads == null ? inTurn(work) : sideBySide(work);
        } catch (RuntimeException e) {
            if (e == Partitioning.ESCAPE) {
                return evaluate(ruleSet, facts);
            }
            throw e;
        }
        Evaluation.Parts whole = new Evaluation.Parts(ruleSet, tables);
        long fired = tables.firings();
        for (EvaluationRecorder recorder : recorders) {
            fired += recorder.count() - tables.firings();
            recorder.addTo(whole);
        }
        if (fired > limit) {
            throw new EvaluationLimitException(ruleSet, "fired", limit, recorders.get(0).busiestRules());
        }
        if (whole.inserted(tables) + tables.facts().size() > limit) {
            throw new EvaluationLimitException(ruleSet, "inserted", limit, recorders.get(0).busiestRules());
        }
        return whole.evaluation();
    }

    private static List<EvaluationRecorder> inTurn(List<Callable<EvaluationRecorder>> work) {
        List<EvaluationRecorder> done = new ArrayList<>(work.size());
        for (Callable<EvaluationRecorder> part : work) {
            try {
                done.add(part.call());
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return done;
    }

    /** Every part on the engine's threads; the first failure (or escape) cancels the rest and is thrown. */
    private List<EvaluationRecorder> sideBySide(List<Callable<EvaluationRecorder>> work) {
        List<Future<EvaluationRecorder>> running = work.stream().map(partThreads::submit).toList();
        try {
            List<EvaluationRecorder> done = new ArrayList<>(running.size());
            for (Future<EvaluationRecorder> part : running) {
                done.add(part.get());
            }
            return done;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while evaluating in parts", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } finally {
            running.forEach(part -> part.cancel(true));
        }
    }

    @Override
    public void close() {
        if (partThreads != null) {
            partThreads.shutdownNow();
        }
    }

    private long limit(Collection<?> facts) {
        return (long) maxFiringsPerFact * (facts.size() + 1);
    }

    private PolicyTables.Fired tables(RuleSet ruleSet) {
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
        KieSession session = ruleSet.sessions().newKieSession();
        try {
            tables.facts().forEach(session::insert);
            facts.forEach(session::insert);
            // Listening only from here: the recorder wants what the rules insert, and the input facts are many.
            session.addEventListener((AgendaEventListener) recorder);
            session.addEventListener((RuleRuntimeEventListener) recorder);
            // A stateful session only because a stateless one cannot bound its firings.
            session.fireAllRules(filter, (int) Math.min(Math.max(limit + 1 - recorder.count(), 1), Integer.MAX_VALUE));
        } catch (RuntimeException e) {
            if (Causes.find(e, Partitioning.ESCAPE.getClass()) != null) {
                throw Partitioning.ESCAPE;
            }
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
        return recorder;
    }
}
