package org.convenor.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.stereotype.Component;

/**
 * The version of each rule set that answers requests now. Activating a version is one atomic swap: a
 * request holds the {@link RuleSet} it started with, so it finishes on that version whatever happens.
 */
@Component
public class ActiveRuleSets {

    private final ConcurrentMap<String, Activation> active = new ConcurrentHashMap<>();
    private final Clock clock;

    public ActiveRuleSets(Clock clock) {
        this.clock = clock;
    }

    public RuleSet get(String name) {
        return find(name).orElseThrow(() -> new RuleSetUnavailableException(name));
    }

    public Optional<RuleSet> find(String name) {
        return Optional.ofNullable(active.get(name)).map(Activation::ruleSet);
    }

    public Optional<Activation> activation(String name) {
        return Optional.ofNullable(active.get(name));
    }

    public Map<String, Activation> all() {
        return new TreeMap<>(active);
    }

    public Activation activate(RuleSet ruleSet) {
        Activation activation = new Activation(ruleSet, clock.instant());
        active.put(ruleSet.name(), activation);
        return activation;
    }

    public record Activation(RuleSet ruleSet, Instant activatedAt) {
    }
}
