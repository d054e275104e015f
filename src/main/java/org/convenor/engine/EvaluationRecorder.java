package org.convenor.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Listens to one session: which rules fired on which facts, and which facts the rules inserted. It starts
 * from what the rule set's policy tables fired and inserted, which the session itself skips.
 */
final class EvaluationRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final Map<String, Firing> firings = new LinkedHashMap<>();
    private final List<Object> decisions;
    private final Map<Object, String> insertedBy;
    private final PolicyTables.Fired tables;
    private final RuleSet ruleSet;
    private final long insertLimit;
    private long count;

    EvaluationRecorder(RuleSet ruleSet, long insertLimit, PolicyTables.Fired tables) {
        this.ruleSet = ruleSet;
        this.insertLimit = insertLimit;
        this.tables = tables;
        this.decisions = new ArrayList<>(tables.facts());
        this.insertedBy = new IdentityHashMap<>(tables.insertedBy());
        this.count = tables.firings();
        if (decisions.size() > insertLimit) {
            // The tables alone are more than this evaluation may insert, as if their rules had just fired.
            throw new EvaluationLimitException(ruleSet, "inserted", insertLimit,
                    "'" + insertedBy.get(decisions.get((int) insertLimit)) + "'");
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        count++;
        Firing firing = firings.computeIfAbsent(rule.getName(), name -> new Firing(RuleInfo.descriptionOf(rule)));
        firing.count++;
        for (Object object : event.getMatch().getObjects()) {
            if (object instanceof Fact fact && fact.factId() != null) {
                firing.facts.add(fact.factId());
            }
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) {
            decisions.add(event.getObject());
            insertedBy.put(event.getObject(), event.getRule().getName());
            if (decisions.size() > insertLimit) {
                // Thrown inside the inserting consequence, which stops a rule that inserts in an endless loop.
                throw new EvaluationLimitException(ruleSet, "inserted", insertLimit,
                        "'" + event.getRule().getName() + "'");
            }
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        decisions.removeIf(decision -> decision == event.getOldObject());
        insertedBy.remove(event.getOldObject());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Decision facts are replaced, not updated, so an update changes nothing recorded here.
    }

    long count() {
        return count;
    }

    /** The rules that fired most, with how often: when the firing bound is hit, the loop is among them. */
    String busiestRules() {
        return firings.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, Firing> e) -> e.getValue().count).reversed())
                .limit(3)
                .map(e -> "'" + e.getKey() + "' (" + e.getValue().count + ")")
                .collect(Collectors.joining(", "));
    }

    List<Object> decisions() {
        return List.copyOf(decisions);
    }

    /** Which rule inserted each decision, by identity: equal records inserted by two rules stay apart. */
    Map<Object, String> insertedBy() {
        return insertedBy;
    }

    List<FiredRule> firedRules() {
        List<FiredRule> fired = new ArrayList<>(tables.firedRules().size() + firings.size());
        fired.addAll(tables.firedRules());
        firings.forEach((rule, firing) -> fired.add(new FiredRule(rule, firing.description, List.copyOf(firing.facts))));
        return Collections.unmodifiableList(fired);
    }

    /** What the tables' rules inserted and how they fired, when this recorder listened to only them. */
    PolicyTables.Fired tablesFired() {
        return new PolicyTables.Fired(decisions, insertedBy, firedRules(), count);
    }

    private static final class Firing {

        final String description;
        final Set<String> facts = new LinkedHashSet<>();
        long count;

        Firing(String description) {
            this.description = description;
        }
    }
}
