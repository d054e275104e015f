package org.convenor.engine;

import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * An evaluation kept between requests, each member's results apart, so that asking again after a write decides
 * only the members whose facts changed. Each member is decided alone in a fresh session (a few hundred at a time
 * for a first evaluation), by the rules {@link Partitioning} proves are about one member; the rules that are not
 * (the fee book's total) then run once over the facts they read, the members' decided facts among them, whenever
 * any member changed. Nothing is kept in a long-lived session: a member's kept results are replaced whole, so no
 * truth maintenance is needed. Put together, the evaluation holds the same decisions as one made from scratch,
 * and every rule's fired facts; only the order of the fired rules differs, which no answer relies on.
 *
 * <p>Where the rule set cannot be kept (a rule about several members that a member rule depends on, groups or
 * timers, a fact that belongs to no member and is not shared), it is evaluated as before, whole or in parts.
 * Results are kept per slot (the network, a campaign) for the last two versions asked, so a newly activated
 * version's results can be built beside the old ones.
 */
public final class KeptDecisions {

    private static final int VERSIONS = 2;
    private static final int SLOTS = 16;

    /** One member's kept facts and results, or the whole stage's (its facts: what its rules read). */
    static final class Result {
        List<Object> inputs = List.of();
        List<Object> decisions = new ArrayList<>(2);
        List<String> rules = new ArrayList<>(2);
        Map<String, List<String>> fired = new LinkedHashMap<>(4);

        /**
         * This result as it is kept, with its member's facts, in as few objects as it takes: a kept network holds
         * a result per member and rule set, mostly with no decision, and every object in them is marked again by
         * each full collection.
         */
        Result kept(List<Object> own) {
            inputs = List.copyOf(own);
            decisions = List.copyOf(decisions);
            rules = List.copyOf(rules);
            if (fired.size() > 1) {
                fired.replaceAll((rule, ids) -> List.copyOf(ids));
            } else if (fired.size() == 1) {
                Map.Entry<String, List<String>> only = fired.entrySet().iterator().next();
                fired = Map.of(only.getKey(), List.copyOf(only.getValue()));
            } else {
                fired = Map.of();
            }
            return this;
        }
    }

    /** Which rules decide each member alone, which decide the whole, and what each reads. */
    private record Plan(Set<String> memberRules, Set<String> wholeRules, Set<Class<?>> wholeReads,
            Set<Class<?>> memberReads, Set<Class<?>> sharedClasses, Map<String, String> descriptions) {
    }

    private record State(RuleSet ruleSet, List<?> source, List<Object> shared, Map<Object, Result> members,
            Result whole, Evaluation evaluation) {
    }

    /**
     * What each rule (but the tables) reads, which of them are not about one member, why each exists, and whether
     * any uses groups, timers or queries.
     */
    private record Reads(Map<String, Set<Class<?>>> byRule, Set<String> whole, Map<String, String> descriptions,
            boolean grouped) {
    }

    private final RuleEngine engine;
    private final Partitioning partitioning;
    private final Map<RuleSet, Optional<Plan>> plans = new HashMap<>();
    private final Map<RuleSet, Optional<Reads>> reads = new HashMap<>();
    private final LinkedHashMap<Object, List<State>> slots = new LinkedHashMap<>(SLOTS, 0.75f, true);
    private long firings;
    private long factsMade;

    /** @param partitioning which facts belong to one member, and which every member shares */
    public KeptDecisions(RuleEngine engine, Partitioning partitioning) {
        this.engine = engine;
        this.partitioning = partitioning;
    }

    /**
     * What {@code engine.evaluate(ruleSet, facts, partitioning)} would decide, re-deciding only the members whose
     * facts differ from the last evaluation kept under this slot and version.
     */
    public Evaluation evaluate(Object slot, RuleSet ruleSet, Collection<?> facts) {
        return evaluate(slot, ruleSet, List.of(new Object()), () -> facts);
    }

    /**
     * The same, the facts made from {@code source} (the stored network, the day) only when it differs from the
     * source of the kept evaluation: asked again of the same network on the same day, the kept evaluation is the
     * answer, without making a fact.
     */
    public Evaluation evaluate(Object slot, RuleSet ruleSet, List<?> source, Supplier<? extends Collection<?>> made) {
        return evaluate(slot, ruleSet, source, made, before -> null);
    }

    /**
     * What changed since an earlier source, told by whoever made it: the keys of the members whose facts may
     * differ (changed or gone), and the facts of those still there with the facts every member shares; and, where
     * it is told, the same members' facts and the shared ones as the earlier source made them ({@code before}).
     */
    public record Changed(Set<?> keys, Collection<?> facts, @Nullable Collection<?> before) {

        public Changed(Set<?> keys, Collection<?> facts) {
            this(keys, facts, null);
        }
    }

    /**
     * The same, and when {@code changes} can tell what changed since the kept evaluation's source, only those
     * members' facts are made: a write then costs the members it touched, not every member's facts made and
     * compared. It cannot tell (null) for a new member, a changed coalition or campaign, or another day: then
     * every member's facts are made as above.
     */
    public synchronized Evaluation evaluate(Object slot, RuleSet ruleSet, List<?> source,
            Supplier<? extends Collection<?>> made, Function<List<?>, @Nullable Changed> changes) {
        List<State> kept = slots.get(slot);
        if (kept != null) {
            for (State state : kept) {
                if (state.ruleSet() == ruleSet && state.source().equals(source)) {
                    return state.evaluation();
                }
            }
        }
        PolicyTables.Fired tables = engine.tables(ruleSet);
        Plan plan = plans.computeIfAbsent(ruleSet, version -> reads(version, tables).flatMap(this::plan))
                .orElse(null);
        List<State> versions = slots.computeIfAbsent(slot, s -> new ArrayList<>(VERSIONS + 1));
        State old = versions.stream().filter(state -> state.ruleSet() == ruleSet).findFirst().orElse(null);
        State state = null;
        Collection<?> facts = null;
        try {
            if (plan != null && old != null && old.members() != null) {
                state = updated(old, ruleSet, source, plan, tables, changes.apply(old.source()));
            } else if (old != null && old.members() == null) {
                state = patched(old, ruleSet, source, tables, changes.apply(old.source()));
            }
            if (state == null) {
                facts = made.get();
                factsMade += facts.size();
                Map<Object, List<Object>> byKey = plan == null ? null : split(facts, plan.sharedClasses());
                if (byKey != null && old == null) {
                    probe(ruleSet, source, plan, tables, byKey, engine.limit(facts));
                }
                state = byKey == null ? whole(ruleSet, source, facts)
                        : update(old != null && old.members() == null ? null : old, ruleSet, source, plan, tables,
                                byKey.remove(SHARED), byKey, engine.limit(facts));
            }
        } catch (RuntimeException e) {
            if (e != Partitioning.ESCAPE) {
                throw e;
            }
            plans.put(ruleSet, Optional.empty());
            state = whole(ruleSet, source, facts == null ? made.get() : facts);
        }
        versions.remove(old);
        versions.add(state);
        if (versions.size() > VERSIONS) {
            versions.remove(0);
        }
        if (slots.size() > SLOTS) {
            Iterator<Object> eldest = slots.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        return state.evaluation();
    }

    /**
     * A first evaluation of a large network decides its first part alone before every member: a rule set that
     * cannot be kept (its rules about the whole decide what its rules about one member read) mostly shows it
     * there, and escapes having decided one part, not every member and then the whole again.
     */
    private void probe(RuleSet ruleSet, List<?> source, Plan plan, PolicyTables.Fired tables,
            Map<Object, List<Object>> byKey, long limit) {
        int size = partitioning.keysPerPart();
        if (byKey.size() <= 4 * size) {
            return;
        }
        Map<Object, List<Object>> part = new LinkedHashMap<>();
        for (Map.Entry<Object, List<Object>> own : byKey.entrySet()) {
            if (own.getKey() != SHARED && part.size() < size) {
                part.put(own.getKey(), own.getValue());
            }
        }
        update(null, ruleSet, source, plan, tables, byKey.get(SHARED), part, limit);
    }

    /** A rule set that cannot be kept per member is decided whole, and kept whole until its source changes. */
    private State whole(RuleSet ruleSet, List<?> source, Collection<?> facts) {
        return new State(ruleSet, source, null, null, null, engine.evaluate(ruleSet, facts, partitioning));
    }

    /** Every rule firing the kept evaluations made so far: what a write cost, counted rather than timed. */
    public synchronized long firings() {
        return firings;
    }

    /** Every fact made for the kept evaluations so far: what finding out what a write changed cost. */
    public synchronized long factsMade() {
        return factsMade;
    }

    /** The rules of this version decided over the whole network rather than per member, each with why. */
    public Map<String, String> decidedWhole(RuleSet ruleSet) {
        return partitioning.notAboutOneMember(ruleSet, engine.tables(ruleSet));
    }

    private static final Object SHARED = new Object();

    /** The facts by member, the shared ones under {@link #SHARED}; {@code null} if a fact is neither. */
    private Map<Object, List<Object>> split(Collection<?> facts, Set<Class<?>> sharedClasses) {
        Map<Object, List<Object>> byKey = new LinkedHashMap<>();
        List<Object> shared = new ArrayList<>();
        Map<Class<?>, Optional<MethodHandle>> readers = new HashMap<>();
        for (Object fact : facts) {
            Optional<MethodHandle> reader = readers.computeIfAbsent(fact.getClass(), partitioning::keyReader);
            if (reader.isPresent()) {
                Object key = Partitioning.keyOf(reader.get(), fact);
                if (key == null) {
                    return null;
                }
                byKey.computeIfAbsent(key, k -> new ArrayList<>(4)).add(fact);
            } else if (sharedClasses.contains(fact.getClass())) {
                shared.add(fact);
            } else {
                return null;
            }
        }
        byKey.put(SHARED, shared);
        return byKey;
    }

    /**
     * The kept evaluation brought up to date from what changed alone, in the order kept; null when that cannot
     * be done (nothing told, a shared fact changed, a member not kept before).
     */
    private @Nullable State updated(State old, RuleSet ruleSet, List<?> source, Plan plan, PolicyTables.Fired tables,
            @Nullable Changed changed) {
        if (changed == null) {
            return null;
        }
        factsMade += changed.facts().size();
        Map<Object, List<Object>> fresh = split(changed.facts(), plan.sharedClasses());
        if (fresh == null || !fresh.remove(SHARED).equals(old.shared())) {
            return null;
        }
        for (Object key : changed.keys()) {
            if (!old.members().containsKey(key)) {
                return null;
            }
        }
        Map<Object, List<Object>> byKey = new LinkedHashMap<>(old.members().size() * 2);
        int count = old.shared().size();
        for (Map.Entry<Object, Result> member : old.members().entrySet()) {
            List<Object> inputs = changed.keys().contains(member.getKey()) ? fresh.get(member.getKey())
                    : member.getValue().inputs;
            if (inputs != null) {
                byKey.put(member.getKey(), inputs);
                count += inputs.size();
            }
        }
        return update(old, ruleSet, source, plan, tables, old.shared(), byKey, engine.limit(count));
    }

    /**
     * A whole evaluation brought up to date when what changed is read only by rules about one member (a logged
     * contact and the member's last contact, say): those rules, and the rules about one member that read what they
     * decide, are decided again for the members touched, from their facts before and after, and their decisions
     * swapped. The rest of the evaluation stands when no other rule reads a class of fact that changed, or that
     * they decided differently (the introductions' pairs read a member's side, which a call does not change).
     * Null when that cannot be shown: nothing told, a shared fact changed, another rule reads what changed, the
     * kept evaluation deleted or updated a fact, or a fired rule would lose a fact it fired on.
     */
    private @Nullable State patched(State old, RuleSet ruleSet, List<?> source, PolicyTables.Fired tables,
            @Nullable Changed changed) {
        if (changed == null || changed.before() == null || !old.evaluation().onlyInserted()) {
            return null;
        }
        Set<Class<?>> sharedClasses = partitioning.shared();
        Map<Object, List<Object>> now = split(changed.facts(), sharedClasses);
        Map<Object, List<Object>> then = split(changed.before(), sharedClasses);
        factsMade += changed.facts().size() + changed.before().size();
        if (now == null || then == null || !now.get(SHARED).equals(then.get(SHARED))) {
            return null;
        }
        Set<Object> keys = new LinkedHashSet<>();
        Set<Class<?>> differing = new HashSet<>();
        for (Object key : changed.keys()) {
            List<Object> before = then.getOrDefault(key, List.of());
            List<Object> after = now.getOrDefault(key, List.of());
            if (!before.equals(after)) {
                keys.add(key);
                differing.addAll(differing(before, after));
            }
        }
        if (keys.isEmpty()) {
            return new State(ruleSet, source, null, null, null, old.evaluation());
        }
        Reads rules = reads(ruleSet, tables).orElse(null);
        if (rules == null) {
            return null;
        }
        Map<String, Set<Class<?>>> inserted = insertedBy(old.evaluation(), ruleSet.tables().rules());
        Set<String> affected = affected(rules, differing, inserted);
        if (affected == null) {
            return null;
        }
        Set<Class<?>> forbidden = new HashSet<>(sharedClasses);
        forbidden.addAll(tables.classes());
        KeptRecorder before;
        KeptRecorder after;
        try {
            before = patch(ruleSet, tables, then, keys, affected, forbidden);
            after = patch(ruleSet, tables, now, keys, affected, forbidden);
        } catch (RuntimeException e) {
            if (e == Partitioning.ESCAPE) {
                return null;
            }
            throw e;
        }
        List<Object> decidedBefore = new ArrayList<>();
        List<Object> decidedAfter = new ArrayList<>();
        before.results().values().forEach(result -> decidedBefore.addAll(result.decisions));
        after.results().values().forEach(result -> decidedAfter.addAll(result.decisions));
        Set<Class<?>> decidedOtherwise = differing(decidedBefore, decidedAfter);
        Set<Class<?>> changedClasses = new HashSet<>(differing);
        changedClasses.addAll(decidedOtherwise);
        for (Map.Entry<String, Set<Class<?>>> rule : rules.byRule().entrySet()) {
            if (!affected.contains(rule.getKey()) && readsAny(rule.getValue(), changedClasses)) {
                return null;
            }
        }
        Map<String, Set<String>> firedBefore = fired(before);
        Map<String, Set<String>> firedAfter = fired(after);
        if (decidedOtherwise.isEmpty() && firedBefore.equals(firedAfter)) {
            // Decided as before: the kept evaluation stands as it is.
            return new State(ruleSet, source, null, null, null, old.evaluation());
        }
        for (Map.Entry<String, Set<String>> rule : firedBefore.entrySet()) {
            // Other members may have fired the rule on the same facts: what no longer fires cannot be taken back.
            Set<String> still = firedAfter.get(rule.getKey());
            if (still == null || !still.containsAll(rule.getValue())) {
                return null;
            }
        }
        Evaluation evaluation = swapped(old.evaluation(), affected, before, after, firedAfter, rules.descriptions());
        return evaluation == null ? null : new State(ruleSet, source, null, null, null, evaluation);
    }

    /** The classes of the facts in one list and not the other (counting equal facts). */
    private static Set<Class<?>> differing(List<Object> before, List<Object> after) {
        Map<Object, Integer> count = new HashMap<>();
        before.forEach(fact -> count.merge(fact, 1, Integer::sum));
        after.forEach(fact -> count.merge(fact, -1, Integer::sum));
        Set<Class<?>> classes = new HashSet<>();
        count.forEach((fact, n) -> {
            if (n != 0) {
                classes.add(fact.getClass());
            }
        });
        return classes;
    }

    /**
     * The rules about one member that read what changed, and those that read what they decide, and so on; null if
     * one of them reads what a rule outside them decided (it could not be decided again alone).
     */
    private static @Nullable Set<String> affected(Reads rules, Set<Class<?>> changed,
            Map<String, Set<Class<?>>> inserted) {
        Set<Class<?>> reached = new HashSet<>(changed);
        Set<String> affected = new HashSet<>();
        for (boolean grew = true; grew;) {
            grew = false;
            for (Map.Entry<String, Set<Class<?>>> rule : rules.byRule().entrySet()) {
                if (!affected.contains(rule.getKey()) && !rules.whole().contains(rule.getKey())
                        && readsAny(rule.getValue(), reached)) {
                    affected.add(rule.getKey());
                    reached.addAll(inserted.getOrDefault(rule.getKey(), Set.of()));
                    grew = true;
                }
            }
        }
        for (Map.Entry<String, Set<Class<?>>> other : inserted.entrySet()) {
            if (!affected.contains(other.getKey())) {
                for (String rule : affected) {
                    if (readsAny(rules.byRule().get(rule), other.getValue())) {
                        return null;
                    }
                }
            }
        }
        return affected;
    }

    private static boolean readsAny(Set<Class<?>> read, Set<Class<?>> types) {
        for (Class<?> type : types) {
            if (reads(read, type)) {
                return true;
            }
        }
        return false;
    }

    /** The classes each rule (but the tables') inserted in this evaluation. */
    private static Map<String, Set<Class<?>>> insertedBy(Evaluation evaluation, Set<String> tableRules) {
        Map<String, Set<Class<?>>> inserted = new HashMap<>();
        List<Object> decisions = evaluation.decisions();
        List<String> rules = evaluation.insertingRules();
        for (int i = 0; i < decisions.size(); i++) {
            if (!tableRules.contains(rules.get(i))) {
                inserted.computeIfAbsent(rules.get(i), rule -> new HashSet<>()).add(decisions.get(i).getClass());
            }
        }
        return inserted;
    }

    /** The affected rules alone, over these members' facts and the shared ones. */
    private KeptRecorder patch(RuleSet ruleSet, PolicyTables.Fired tables, Map<Object, List<Object>> byKey,
            Set<Object> keys, Set<String> affected, Set<Class<?>> forbidden) {
        List<Object> facts = new ArrayList<>(byKey.get(SHARED));
        keys.forEach(key -> facts.addAll(byKey.getOrDefault(key, List.of())));
        long limit = engine.limit(facts);
        KeptRecorder recorder = new KeptRecorder(ruleSet, partitioning, keys, forbidden, limit);
        run(ruleSet, tables, facts, match -> affected.contains(match.getRule().getName()), recorder, limit);
        return recorder;
    }

    /** Each rule that fired in this session with the facts it fired on. */
    private static Map<String, Set<String>> fired(KeptRecorder recorder) {
        Map<String, Set<String>> fired = new LinkedHashMap<>();
        for (Result result : recorder.results().values()) {
            result.fired.forEach((rule, facts) -> fired.computeIfAbsent(rule, r -> new LinkedHashSet<>())
                    .addAll(facts));
        }
        return fired;
    }

    /**
     * The evaluation with what the affected rules decided before taken out and what they decide now put in its
     * place; null if a decision to take out is not there.
     */
    private static @Nullable Evaluation swapped(Evaluation old, Set<String> affected, KeptRecorder before,
            KeptRecorder after, Map<String, Set<String>> firedAfter, Map<String, String> descriptions) {
        Map<List<Object>, Integer> out = new HashMap<>();
        for (Result result : before.results().values()) {
            for (int i = 0; i < result.decisions.size(); i++) {
                out.merge(List.of(result.rules.get(i), result.decisions.get(i)), 1, Integer::sum);
            }
        }
        List<Object> decisions = new ArrayList<>(old.decisions().size() + 8);
        List<String> rules = new ArrayList<>(old.decisions().size() + 8);
        int at = -1;
        for (int i = 0; i < old.decisions().size(); i++) {
            String rule = old.insertingRules().get(i);
            Object decision = old.decisions().get(i);
            List<Object> pair = affected.contains(rule) ? List.of(rule, decision) : null;
            Integer left = pair == null ? null : out.get(pair);
            if (left != null) {
                if (left == 1) {
                    out.remove(pair);
                } else {
                    out.put(pair, left - 1);
                }
                at = at < 0 ? decisions.size() : at;
                continue;
            }
            decisions.add(decision);
            rules.add(rule);
        }
        if (!out.isEmpty()) {
            return null;
        }
        List<Object> made = new ArrayList<>();
        List<String> madeBy = new ArrayList<>();
        for (Result result : after.results().values()) {
            made.addAll(result.decisions);
            madeBy.addAll(result.rules);
        }
        decisions.addAll(at < 0 ? decisions.size() : at, made);
        rules.addAll(at < 0 ? rules.size() : at, madeBy);
        List<FiredRule> firedRules = new ArrayList<>(old.firedRules().size() + 2);
        Set<String> listed = new HashSet<>();
        for (FiredRule rule : old.firedRules()) {
            listed.add(rule.rule());
            Set<String> facts = affected.contains(rule.rule()) ? firedAfter.get(rule.rule()) : null;
            if (facts == null || rule.facts().containsAll(facts)) {
                firedRules.add(rule);
            } else {
                Set<String> all = new LinkedHashSet<>(rule.facts());
                all.addAll(facts);
                firedRules.add(new FiredRule(rule.rule(), rule.description(), List.copyOf(all)));
            }
        }
        firedAfter.forEach((rule, facts) -> {
            if (!listed.contains(rule)) {
                firedRules.add(new FiredRule(rule, descriptions.getOrDefault(rule, ""), List.copyOf(facts)));
            }
        });
        return new Evaluation(old.ruleSet(), decisions, rules, firedRules);
    }

    private State update(State old, RuleSet ruleSet, List<?> source, Plan plan, PolicyTables.Fired tables,
            List<Object> shared, Map<Object, List<Object>> byKey, long limit) {
        boolean all = old == null || !old.shared().equals(shared);
        Map<Object, Result> members = new LinkedHashMap<>(byKey.size() * 2);
        List<Object> changed = new ArrayList<>();
        for (Map.Entry<Object, List<Object>> own : byKey.entrySet()) {
            Result kept = all ? null : old.members().get(own.getKey());
            if (kept == null || !kept.inputs.equals(own.getValue())) {
                changed.add(own.getKey());
            } else {
                members.put(own.getKey(), kept);
            }
        }
        boolean removed = !all && old.members().size() != members.size() + countKept(old, changed);
        if (!all && changed.isEmpty() && !removed) {
            return new State(ruleSet, source, old.shared(), old.members(), old.whole(), old.evaluation());
        }
        Set<String> memberRules = plan.memberRules();
        AgendaFilter memberFilter = match -> memberRules.contains(match.getRule().getName());
        Set<Class<?>> forbidden = new HashSet<>(plan.sharedClasses());
        forbidden.addAll(tables.classes());
        for (int from = 0; from < changed.size(); from += partitioning.keysPerPart()) {
            List<Object> keys = changed.subList(from, Math.min(changed.size(), from + partitioning.keysPerPart()));
            List<Object> facts = new ArrayList<>(shared);
            keys.forEach(key -> facts.addAll(byKey.get(key)));
            KeptRecorder recorder = new KeptRecorder(ruleSet, partitioning, new HashSet<>(keys), forbidden, limit);
            run(ruleSet, tables, facts, memberFilter, recorder, limit);
            for (Object key : keys) {
                members.put(key, recorder.results().getOrDefault(key, new Result()).kept(byKey.get(key)));
            }
        }
        // In the order of the request, as the parts of an evaluation in parts would be.
        Map<Object, Result> ordered = new LinkedHashMap<>(byKey.size() * 2);
        byKey.keySet().forEach(key -> ordered.put(key, members.get(key)));
        Result whole = plan.wholeRules().isEmpty() ? new Result()
                : whole(ruleSet, plan, tables, shared, ordered, limit, all ? null : old.whole());
        return new State(ruleSet, source, shared, ordered, whole, evaluation(ruleSet, plan, tables, ordered, whole));
    }

    /** How many of the changed members were kept before; the others are new. */
    private static int countKept(State old, List<Object> changed) {
        int before = 0;
        for (Object key : changed) {
            if (old.members().containsKey(key)) {
                before++;
            }
        }
        return before;
    }

    /**
     * The rules about the whole network, over what they read: shared facts, members' facts and decisions. When
     * that is what they read before (a member changed in what no such rule reads), what they decided before.
     */
    private Result whole(RuleSet ruleSet, Plan plan, PolicyTables.Fired tables, List<Object> shared,
            Map<Object, Result> members, long limit, @Nullable Result before) {
        Map<Class<?>, Boolean> read = new HashMap<>();
        List<Object> facts = new ArrayList<>(shared);
        for (Result member : members.values()) {
            for (Object fact : member.inputs) {
                if (read.computeIfAbsent(fact.getClass(), type -> reads(plan.wholeReads(), type))) {
                    facts.add(fact);
                }
            }
            for (Object fact : member.decisions) {
                if (read.computeIfAbsent(fact.getClass(), type -> reads(plan.wholeReads(), type))) {
                    facts.add(fact);
                }
            }
        }
        if (before != null && before.inputs.equals(facts)) {
            return before;
        }
        Set<String> wholeRules = plan.wholeRules();
        KeptRecorder recorder = new KeptRecorder(ruleSet, partitioning, null, plan.memberReads(), limit);
        run(ruleSet, tables, facts, match -> wholeRules.contains(match.getRule().getName()), recorder, limit);
        Result result = recorder.results().getOrDefault(null, new Result());
        result.inputs = facts;
        return result;
    }

    private static boolean reads(Set<Class<?>> classes, Class<?> type) {
        for (Class<?> read : classes) {
            if (read.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    private void run(RuleSet ruleSet, PolicyTables.Fired tables, List<Object> facts, AgendaFilter filter,
            KeptRecorder recorder, long limit) {
        RuleEngine.fire(ruleSet, tables.facts(), facts, filter, recorder, (int) Math.min(limit + 1, Integer.MAX_VALUE));
        firings += recorder.count();
        if (recorder.count() > limit) {
            throw new EvaluationLimitException(ruleSet, "fired", limit, "a kept evaluation");
        }
    }

    /** The tables, then each member's results in order, then the whole stage's: one evaluation. */
    private static Evaluation evaluation(RuleSet ruleSet, Plan plan, PolicyTables.Fired tables,
            Map<Object, Result> members, Result whole) {
        List<Object> decisions = new ArrayList<>(tables.facts());
        List<String> rules = new ArrayList<>(tables.insertingRules());
        Map<String, Set<String>> fired = new LinkedHashMap<>();
        for (Result member : members.values()) {
            add(member, decisions, rules, fired);
        }
        add(whole, decisions, rules, fired);
        List<FiredRule> firedRules = new ArrayList<>(tables.firedRules());
        fired.forEach((rule, facts) -> firedRules.add(new FiredRule(rule, plan.descriptions().getOrDefault(rule, ""),
                List.copyOf(facts))));
        return new Evaluation(ruleSet, decisions, rules, firedRules);
    }

    private static void add(Result result, List<Object> decisions, List<String> rules, Map<String, Set<String>> fired) {
        decisions.addAll(result.decisions);
        rules.addAll(result.rules);
        result.fired.forEach((rule, facts) -> fired.computeIfAbsent(rule, r -> new LinkedHashSet<>()).addAll(facts));
    }

    private Optional<Plan> plan(Reads rules) {
        if (rules.grouped()) {
            return Optional.empty();
        }
        Set<String> memberRules = new HashSet<>();
        Set<Class<?>> wholeReads = new HashSet<>();
        Set<Class<?>> memberReads = new HashSet<>();
        rules.byRule().forEach((rule, read) -> {
            if (rules.whole().contains(rule)) {
                wholeReads.addAll(read);
            } else {
                memberRules.add(rule);
                memberReads.addAll(read);
            }
        });
        if (memberRules.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Plan(Set.copyOf(memberRules), rules.whole(), Set.copyOf(wholeReads),
                Set.copyOf(memberReads), Set.copyOf(partitioning.shared()), rules.descriptions()));
    }

    /** The rules of this version and what each reads, worked out once; empty if a rule cannot be inspected. */
    private Optional<Reads> reads(RuleSet ruleSet, PolicyTables.Fired tables) {
        return reads.computeIfAbsent(ruleSet, version -> {
            Map<String, Set<Class<?>>> byRule = new HashMap<>();
            Map<String, String> descriptions = new HashMap<>();
            boolean grouped = false;
            for (var pkg : version.kieBase().getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    if (version.tables().rules().contains(rule.getName())) {
                        continue;
                    }
                    if (!(rule instanceof RuleImpl impl)) {
                        return Optional.empty();
                    }
                    grouped |= grouped(impl);
                    byRule.put(rule.getName(), Set.copyOf(Partitioning.matched(impl)));
                    descriptions.put(rule.getName(), RuleInfo.descriptionOf(rule));
                }
            }
            return Optional.of(new Reads(Map.copyOf(byRule),
                    Set.copyOf(partitioning.notAboutOneMember(version, tables).keySet()), Map.copyOf(descriptions),
                    grouped));
        });
    }

    /** Rules with groups, timers or queries are never kept: their order is not one member's. */
    private static boolean grouped(RuleImpl rule) {
        return rule.isQuery() || rule.getTimer() != null || rule.getCalendars() != null && rule.getCalendars().length > 0
                || !blank(rule.getActivationGroup()) || !blank(rule.getRuleFlowGroup())
                || !blank(rule.getAgendaGroup()) && !"MAIN".equals(rule.getAgendaGroup());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
