package org.convenor.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * The rule set's policy tables: rules with no conditions ("Fee bands by annual income"), whose consequence
 * inserts the same facts on every evaluation. They are fired once per compiled version, on its first
 * evaluation, and what they inserted and how they fired is kept here; every later evaluation inserts those
 * facts, skips the rules themselves, and still lists them among its fired rules, so explanations and
 * scenario coverage are as if they had fired again. Their facts are shared between evaluations, so they
 * must be immutable values (records), as every input and decision fact is.
 */
public final class PolicyTables {

    private final Set<String> rules;
    private final AgendaFilter skipTables;
    private volatile Fired fired;

    private PolicyTables(Set<String> rules) {
        this.rules = Set.copyOf(rules);
        this.skipTables = match -> !this.rules.contains(match.getRule().getName());
    }

    /** The rules of this base with no conditions at all. */
    static PolicyTables of(KieBase kieBase) {
        Set<String> names = new TreeSet<>();
        kieBase.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule -> {
            if (rule instanceof RuleImpl impl && impl.getLhs().getChildren().isEmpty()) {
                names.add(rule.getName());
            }
        }));
        return new PolicyTables(names);
    }

    /** No tables: every rule fires on every evaluation, as without this cache. */
    static PolicyTables none() {
        return new PolicyTables(Set.of());
    }

    public Set<String> rules() {
        return rules;
    }

    /** Lets every rule fire but the tables'. */
    AgendaFilter skipTables() {
        return skipTables;
    }

    /** Lets only the tables' rules fire. */
    AgendaFilter onlyTables() {
        return match -> rules.contains(match.getRule().getName());
    }

    /**
     * What the tables' rules produced, firing them with {@code fire} the first time. A failure is not kept:
     * each evaluation then fails as the rule fails, exactly as if the rule fired with it.
     */
    Fired fired(Supplier<Fired> fire) {
        Fired result = fired;
        if (result == null) {
            synchronized (this) {
                result = fired;
                if (result == null) {
                    result = fire.get();
                    fired = result;
                }
            }
        }
        return result;
    }

    /**
     * @param facts what the tables' rules inserted, in order
     * @param insertingRules the table rule that inserted each fact, at the same index
     * @param firedRules the tables' rules as they fired, in order
     * @param firings how many times they fired in all
     */
    record Fired(List<Object> facts, List<String> insertingRules, List<FiredRule> firedRules, long firings) {

        static final Fired NONE = new Fired(List.of(), List.of(), List.of(), 0);

        Fired {
            facts = List.copyOf(facts);
            insertingRules = List.copyOf(insertingRules);
            firedRules = List.copyOf(firedRules);
        }

        /** The classes of the tables' facts: shared by every evaluation alike. */
        Set<Class<?>> classes() {
            Set<Class<?>> classes = new HashSet<>();
            facts.forEach(fact -> classes.add(fact.getClass()));
            return classes;
        }
    }
}
