package org.convenor.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/** Listens to one session: which rules fired on which facts, and which facts the rules inserted. */
final class EvaluationRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final Map<String, Firing> firings = new LinkedHashMap<>();
    private final List<Object> decisions = new ArrayList<>();
    private long count;
    private String lastRule = "";

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        count++;
        lastRule = rule.getName();
        Firing firing = firings.computeIfAbsent(rule.getName(), name -> new Firing(RuleInfo.descriptionOf(rule)));
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
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        decisions.removeIf(decision -> decision == event.getOldObject());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Decision facts are replaced, not updated, so an update changes nothing recorded here.
    }

    long count() {
        return count;
    }

    String lastRule() {
        return lastRule;
    }

    List<Object> decisions() {
        return List.copyOf(decisions);
    }

    List<FiredRule> firedRules() {
        return firings.entrySet().stream()
                .map(e -> new FiredRule(e.getKey(), e.getValue().description, List.copyOf(e.getValue().facts)))
                .toList();
    }

    private static final class Firing {

        final String description;
        final Set<String> facts = new LinkedHashSet<>();

        Firing(String description) {
            this.description = description;
        }
    }
}
