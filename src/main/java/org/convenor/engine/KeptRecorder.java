package org.convenor.engine;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Listens to one session of a kept evaluation and files what happens under the member it happened to: each
 * firing under the member its match is about, each inserted fact under the member it belongs to (or, when it
 * names none, the member of the rule that inserted it), so every member's results can be kept apart and
 * replaced alone. In the whole stage ({@code keys == null}) everything is filed under {@code null}. Anything
 * the stage may not do (delete, update, insert for a member outside it or a fact of a forbidden class) throws
 * {@link Partitioning#ESCAPE}: the request is then evaluated as before.
 */
final class KeptRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final RuleSet ruleSet;
    private final Partitioning partitioning;
    private final Set<Object> keys;
    private final Set<Class<?>> forbidden;
    private final long limit;
    private final Map<Object, KeptDecisions.Result> results = new LinkedHashMap<>();
    private Object current;
    private long count;

    /**
     * @param keys the members this session decides, or {@code null} for the whole stage
     * @param forbidden classes this stage may not insert (assignable to)
     */
    KeptRecorder(RuleSet ruleSet, Partitioning partitioning, Set<Object> keys, Set<Class<?>> forbidden, long limit) {
        this.ruleSet = ruleSet;
        this.partitioning = partitioning;
        this.keys = keys;
        this.forbidden = forbidden;
        this.limit = limit;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        current = null;
        if (keys == null) {
            return;
        }
        for (Object object : event.getMatch().getObjects()) {
            Object key = keyOf(object);
            if (key != null) {
                current = key;
                return;
            }
        }
        throw Partitioning.ESCAPE;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        count++;
        List<String> facts = result(current).fired.computeIfAbsent(event.getMatch().getRule().getName(),
                rule -> new ArrayList<>(2));
        for (Object object : event.getMatch().getObjects()) {
            if (object instanceof Fact fact && fact.factId() != null) {
                facts.add(fact.factId());
            }
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() == null) {
            return;
        }
        Object fact = event.getObject();
        for (Class<?> type : forbidden) {
            if (type.isInstance(fact)) {
                throw Partitioning.ESCAPE;
            }
        }
        Object key = current;
        if (keys != null) {
            Object own = keyOf(fact);
            if (own != null) {
                if (!keys.contains(own)) {
                    throw Partitioning.ESCAPE;
                }
                key = own;
            }
        }
        KeptDecisions.Result result = result(key);
        result.decisions.add(fact);
        result.rules.add(event.getRule().getName());
        if (result.decisions.size() > limit) {
            throw new EvaluationLimitException(ruleSet, "inserted", limit,
                    "'" + event.getRule().getName() + "'");
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        throw Partitioning.ESCAPE;
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        throw Partitioning.ESCAPE;
    }

    private Object keyOf(Object fact) {
        Optional<MethodHandle> reader = partitioning.keyReader(fact.getClass());
        return reader.isEmpty() ? null : Partitioning.keyOf(reader.get(), fact);
    }

    private KeptDecisions.Result result(Object key) {
        return results.computeIfAbsent(key, k -> new KeptDecisions.Result());
    }

    long count() {
        return count;
    }

    /** What each member's part of the session decided (under {@code null} in the whole stage). */
    Map<Object, KeptDecisions.Result> results() {
        return results;
    }
}
