package org.convenor.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The version of each rule set that answers requests now. Activating a version is one atomic swap: a
 * request holds the {@link RuleSet} it started with, so it finishes on that version whatever happens. Before a
 * version replaces an active one, each {@link Preparation} builds what it keeps for the new version beside the
 * old one's, which answers until the swap.
 */
@Component
public class ActiveRuleSets {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveRuleSets.class);

    /** What is built for a version before it replaces the active one (the decisions kept per member). */
    public interface Preparation {

        void prepare(RuleSet next);
    }

    private final ConcurrentMap<String, Activation> active = new ConcurrentHashMap<>();
    private final Clock clock;
    private final @Nullable ObjectProvider<Preparation> preparations;

    public ActiveRuleSets(Clock clock) {
        this(clock, null);
    }

    @Autowired
    public ActiveRuleSets(Clock clock, @Nullable ObjectProvider<Preparation> preparations) {
        this.clock = clock;
        this.preparations = preparations;
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
        Activation before = active.get(ruleSet.name());
        if (preparations != null && before != null && before.ruleSet() != ruleSet) {
            preparations.orderedStream().forEach(preparation -> prepare(preparation, ruleSet));
        }
        Activation activation = new Activation(ruleSet, clock.instant());
        active.put(ruleSet.name(), activation);
        return activation;
    }

    /** A preparation that fails leaves the version to build what it keeps on its first request. */
    private static void prepare(Preparation preparation, RuleSet next) {
        try {
            preparation.prepare(next);
        } catch (RuntimeException e) {
            LOG.warn("Could not prepare {} before activating it ({}); it is decided on its first request", next,
                    e.getClass().getSimpleName());
        }
    }

    public record Activation(RuleSet ruleSet, Instant activatedAt) {
    }
}
