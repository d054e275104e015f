package org.convenor.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** What one evaluation produced. */
public final class Evaluation {

    private final RuleSet ruleSet;
    private final List<Object> decisions;
    private final List<String> insertingRules;
    private final List<FiredRule> firedRules;
    private final boolean onlyInserted;
    private Map<Object, String> insertedBy;

    /**
     * @param decisions the facts the rules inserted (and did not delete), in the order they were inserted
     * @param insertingRules the rule that inserted each decision, at the same index
     * @param firedRules every rule that fired, once each, in the order each first fired
     */
    Evaluation(RuleSet ruleSet, List<Object> decisions, List<String> insertingRules, List<FiredRule> firedRules) {
        this(ruleSet, decisions, insertingRules, firedRules, true);
    }

    /** @param onlyInserted whether the rules only inserted facts: none deleted or updated one */
    Evaluation(RuleSet ruleSet, List<Object> decisions, List<String> insertingRules, List<FiredRule> firedRules,
            boolean onlyInserted) {
        this.ruleSet = ruleSet;
        this.decisions = List.copyOf(decisions);
        this.insertingRules = List.copyOf(insertingRules);
        this.firedRules = List.copyOf(firedRules);
        this.onlyInserted = onlyInserted;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public List<Object> decisions() {
        return decisions;
    }

    public List<FiredRule> firedRules() {
        return firedRules;
    }

    /** The rule that inserted each decision, at the same index. */
    List<String> insertingRules() {
        return insertingRules;
    }

    boolean onlyInserted() {
        return onlyInserted;
    }

    public <T> List<T> all(Class<T> type) {
        List<T> all = new ArrayList<>();
        for (Object decision : decisions) {
            if (type.isInstance(decision)) {
                all.add(type.cast(decision));
            }
        }
        return Collections.unmodifiableList(all);
    }

    /** Each decision of the type with the name of the rule that inserted it, in the order they were inserted. */
    public <T, R> List<R> all(Class<T> type, BiFunction<T, String, R> withRule) {
        List<R> all = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            if (type.isInstance(decisions.get(i))) {
                all.add(withRule.apply(type.cast(decisions.get(i)), insertingRules.get(i)));
            }
        }
        return all;
    }

    /**
     * The name of the rule that inserted this decision, so a decision never has to carry its own rule's name.
     * By identity: equal records inserted by two rules stay apart.
     */
    public synchronized String ruleThatInserted(Object decision) {
        if (insertedBy == null) {
            insertedBy = new IdentityHashMap<>(decisions.size());
            for (int i = 0; i < decisions.size(); i++) {
                insertedBy.put(decisions.get(i), insertingRules.get(i));
            }
        }
        return insertedBy.get(decision);
    }

    /**
     * An evaluation made in parts, put together as if it had been made whole: the tables once, then each part's
     * decisions in turn, and each rule once with the facts of every part it fired in.
     */
    static final class Parts {

        private final RuleSet ruleSet;
        private final List<Object> decisions;
        private final List<String> insertingRules;
        private final List<FiredRule> tables;
        private final Map<String, Fired> fired = new LinkedHashMap<>();

        Parts(RuleSet ruleSet, PolicyTables.Fired tables) {
            this.ruleSet = ruleSet;
            this.decisions = new ArrayList<>(tables.facts());
            this.insertingRules = new ArrayList<>(tables.insertingRules());
            this.tables = tables.firedRules();
        }

        void add(List<Object> partDecisions, List<String> partRules) {
            decisions.addAll(partDecisions);
            insertingRules.addAll(partRules);
        }

        void fired(String rule, String description, Collection<String> facts) {
            fired.computeIfAbsent(rule, name -> new Fired(description)).facts.addAll(facts);
        }

        /** What the parts inserted so far, beyond the tables' facts. */
        long inserted(PolicyTables.Fired tablesFired) {
            return decisions.size() - tablesFired.facts().size();
        }

        Evaluation evaluation() {
            List<FiredRule> firedRules = new ArrayList<>(tables.size() + fired.size());
            firedRules.addAll(tables);
            fired.forEach((rule, each) -> firedRules.add(new FiredRule(rule, each.description, List.copyOf(each.facts))));
            return new Evaluation(ruleSet, decisions, insertingRules, firedRules);
        }

        private static final class Fired {

            final String description;
            final Set<String> facts = new LinkedHashSet<>();

            Fired(String description) {
                this.description = description;
            }
        }
    }
}
