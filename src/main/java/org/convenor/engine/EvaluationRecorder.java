package org.convenor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * from what the rule set's policy tables fired and inserted, which the session itself skips. When the
 * session is one part of an evaluation in parts, it makes sure the part stays within its members.
 */
final class EvaluationRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final Map<String, Firing> firings = new LinkedHashMap<>();
    private final List<Object> decisions;
    private final List<String> insertingRules;
    private final PolicyTables.Fired tables;
    private final RuleSet ruleSet;
    private final long insertLimit;
    private final Partitioning.Part part;
    private long count;
    /** Each deleted decision, with how many entries the list had when it was deleted. */
    private final Map<Object, Integer> deletedBefore = new IdentityHashMap<>();
    /** How many entries each decision has in the list; kept only once something was deleted. */
    private Map<Object, Integer> live;
    /** Entries deleted but still in the list. */
    private long removed;
    /** Whether a rule deleted or updated a fact. */
    private boolean changed;

    /** @param part the members this session may decide, or {@code null} for a whole evaluation */
    EvaluationRecorder(RuleSet ruleSet, long insertLimit, PolicyTables.Fired tables, Partitioning.Part part) {
        this.ruleSet = ruleSet;
        this.insertLimit = insertLimit;
        this.tables = tables;
        this.part = part;
        this.decisions = new ArrayList<>(tables.facts());
        this.insertingRules = new ArrayList<>(tables.insertingRules());
        this.count = tables.firings();
        if (decisions.size() > insertLimit) {
            // The tables alone are more than this evaluation may insert, as if their rules had just fired.
            throw new EvaluationLimitException(ruleSet, "inserted", insertLimit,
                    "'" + insertingRules.get((int) insertLimit) + "'");
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        count++;
        Firing firing = firings.get(rule.getName());
        if (firing == null) {
            // A part's facts are made unique once, when the parts are put together.
            firing = new Firing(RuleInfo.descriptionOf(rule), part == null ? new LinkedHashSet<>() : new ArrayList<>());
            firings.put(rule.getName(), firing);
        }
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
            if (part != null) {
                part.checkInserted(event.getObject());
            }
            decisions.add(event.getObject());
            insertingRules.add(event.getRule().getName());
            if (live != null) {
                live.merge(event.getObject(), 1, Integer::sum);
            }
            if (decisions.size() - removed > insertLimit) {
                // Thrown inside the inserting consequence, which stops a rule that inserts in an endless loop.
                throw new EvaluationLimitException(ruleSet, "inserted", insertLimit,
                        "'" + event.getRule().getName() + "'");
            }
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        if (part != null) {
            throw Partitioning.ESCAPE;
        }
        changed = true;
        // Marked here, dropped when the evaluation is read: removing from the list at each delete made rule sets
        // that insert logically (and so retract as often) quadratic in what they insert.
        if (live == null) {
            live = new IdentityHashMap<>();
            decisions.forEach(decision -> live.merge(decision, 1, Integer::sum));
        }
        Integer entries = live.remove(event.getOldObject());
        if (entries != null) {
            removed += entries;
            deletedBefore.put(event.getOldObject(), decisions.size());
        }
    }

    /** The decisions and their rules without those deleted: each entry of a deleted object made before its delete. */
    private void dropDeleted() {
        if (deletedBefore.isEmpty()) {
            return;
        }
        List<Object> kept = new ArrayList<>(decisions.size() - (int) removed);
        List<String> keptRules = new ArrayList<>(kept.size());
        for (int i = 0; i < decisions.size(); i++) {
            Integer deleted = deletedBefore.get(decisions.get(i));
            if (deleted == null || i >= deleted) {
                kept.add(decisions.get(i));
                keptRules.add(insertingRules.get(i));
            }
        }
        decisions.clear();
        decisions.addAll(kept);
        insertingRules.clear();
        insertingRules.addAll(keptRules);
        deletedBefore.clear();
        live = null;
        removed = 0;
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (part != null) {
            // Facts are replaced, not updated; a rule that updates may reach beyond its members.
            throw Partitioning.ESCAPE;
        }
        changed = true;
    }

    /** Firings so far, including the tables'. */
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

    Evaluation evaluation() {
        dropDeleted();
        return new Evaluation(ruleSet, decisions, insertingRules, firedRules(), !changed);
    }

    List<FiredRule> firedRules() {
        List<FiredRule> fired = new ArrayList<>(tables.firedRules().size() + firings.size());
        fired.addAll(tables.firedRules());
        firings.forEach((rule, firing) -> fired.add(new FiredRule(rule, firing.description, List.copyOf(firing.facts))));
        return Collections.unmodifiableList(fired);
    }

    /** What the tables' rules inserted and how they fired, when this recorder listened to only them. */
    PolicyTables.Fired tablesFired() {
        dropDeleted();
        return new PolicyTables.Fired(decisions, insertingRules, firedRules(), count);
    }

    /** Adds what this part decided to the whole evaluation's. */
    void addTo(Evaluation.Parts whole) {
        dropDeleted();
        int own = tables.facts().size();
        whole.add(decisions.subList(own, decisions.size()), insertingRules.subList(own, insertingRules.size()));
        firings.forEach((rule, firing) -> whole.fired(rule, firing.description, firing.facts));
    }

    private static final class Firing {

        final String description;
        final Collection<String> facts;
        long count;

        Firing(String description, Collection<String> facts) {
            this.description = description;
            this.facts = facts;
        }
    }
}
