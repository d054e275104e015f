package org.convenor.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Accumulate;
import org.drools.base.rule.Collect;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.EvalCondition;
import org.drools.base.rule.From;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.IndexableConstraint;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.PatternSource;
import org.drools.base.rule.RuleConditionElement;
import org.drools.base.rule.accessor.ReadAccessor;
import org.drools.base.rule.constraint.Constraint;
import org.drools.base.util.index.ConstraintTypeOperator;
import org.drools.core.base.FieldNameSupplier;
import org.kie.api.definition.rule.Rule;

/**
 * Evaluating one request in parts of a few hundred members each, one session per part, instead of all
 * members in one session: the same decisions, but each session's working set stays small enough for the
 * CPU cache and the young generation, so a large request costs less per member and needs less heap at once.
 *
 * <p>It is only allowed where it provably decides the same as a whole evaluation, which {@link #obstacle}
 * checks on the compiled rules: every rule (but the policy tables, fired once anyway) is about one member,
 * its anchor: a pattern binds that member's key, and every other pattern over a member's facts (inside
 * {@code not}, {@code exists} and {@code accumulate} too) is tied to the same key with {@code ==}; every other
 * pattern reads facts every part holds alike (the request's shared facts and the policy tables). Then each
 * match of a whole evaluation is found in exactly one part, the one holding its member. A rule about several
 * members at once (the fee book's total over every member) makes a rule set whole-only. While a part runs,
 * a rule that inserts a fact for a member outside the part, inserts a shared fact, or updates or deletes
 * anything, sends the whole request back to a whole evaluation.
 */
public final class Partitioning {

    /** Thrown inside a part that reached beyond its members: the request is evaluated whole instead. */
    static final RuntimeException ESCAPE = new RuntimeException("evaluation in parts abandoned", null, false, false) {
    };

    private final Function<Class<?>, String> keyField;
    private final Set<Class<?>> shared;
    private final int keysPerPart;
    private final Map<String, Optional<String>> obstacles = new ConcurrentHashMap<>();
    private final ClassValue<Optional<MethodHandle>> keyReaders = new ClassValue<>() {
        @Override
        protected Optional<MethodHandle> computeValue(Class<?> type) {
            String field = keyField.apply(type);
            if (field == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(MethodHandles.publicLookup().unreflect(type.getMethod(field))
                        .asType(MethodType.methodType(Object.class, Object.class)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(type.getName() + " has no public key accessor " + field + "()", e);
            }
        }
    };

    /**
     * @param keyField the field holding the member a fact belongs to ({@code memberId}, say), for every class of
     *        fact that belongs to one member, input or decided; {@code null} for any other class
     * @param shared the classes of input facts every part holds alike (the day of the question, say)
     * @param keysPerPart how many members each part holds
     */
    public Partitioning(Function<Class<?>, String> keyField, Set<Class<?>> shared, int keysPerPart) {
        this.keyField = keyField;
        this.shared = Set.copyOf(shared);
        this.keysPerPart = keysPerPart;
    }

    /** The record component called {@code name}, if the class has one: a key field found by convention. */
    public static String component(Class<?> type, String name) {
        RecordComponent[] components = type.getRecordComponents();
        if (components != null) {
            for (RecordComponent component : components) {
                if (component.getName().equals(name)) {
                    return name;
                }
            }
        }
        return null;
    }

    int keysPerPart() {
        return keysPerPart;
    }

    Set<Class<?>> shared() {
        return shared;
    }

    /** How to read the key of a fact of this class, or empty when it belongs to no member. */
    Optional<MethodHandle> keyReader(Class<?> type) {
        return keyReaders.get(type);
    }

    /**
     * The rules of this version (but the tables) that are not about one member, each with why: what a kept
     * evaluation decides over the whole network after deciding every member alone.
     */
    Map<String, String> notAboutOneMember(RuleSet ruleSet, PolicyTables.Fired tables) {
        Set<Class<?>> everywhere = new HashSet<>(shared);
        everywhere.addAll(tables.classes());
        Map<String, String> whole = new LinkedHashMap<>();
        for (var pkg : ruleSet.kieBase().getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (ruleSet.tables().rules().contains(rule.getName())) {
                    continue;
                }
                String why = rule instanceof RuleImpl impl ? new RuleCheck(impl, everywhere).obstacle()
                        : "rule '" + rule.getName() + "' cannot be inspected";
                if (why != null) {
                    whole.put(rule.getName(), why);
                }
            }
        }
        return whole;
    }

    /**
     * The classes of the session's facts a rule's patterns match, inside {@code not}, {@code exists} and
     * {@code accumulate} too; not what an accumulate results in, nor what {@code from} reads from a binding.
     */
    static Set<Class<?>> matched(RuleImpl rule) {
        Set<Class<?>> classes = new HashSet<>();
        collect(rule.getLhs(), classes);
        return classes;
    }

    private static void collect(RuleConditionElement element, Set<Class<?>> classes) {
        if (element instanceof Pattern pattern) {
            if (pattern.getSource() instanceof Accumulate || pattern.getSource() instanceof Collect) {
                ((RuleConditionElement) pattern.getSource()).getNestedElements().forEach(e -> collect(e, classes));
            } else if (!(pattern.getSource() instanceof From)
                    && pattern.getObjectType() instanceof ClassObjectType type) {
                classes.add(type.getClassType());
            }
        } else if (element instanceof GroupElement group) {
            group.getChildren().forEach(child -> collect(child, classes));
        }
    }

    /** Why this version cannot be evaluated in parts (its first rule not about one member), or empty when it can. */
    Optional<String> obstacle(RuleSet ruleSet, PolicyTables.Fired tables) {
        return obstacles.computeIfAbsent(ruleSet.toString(),
                version -> notAboutOneMember(ruleSet, tables).values().stream().findFirst());
    }

    /**
     * The request's facts in parts of {@link #keysPerPart} members, each with every shared fact; empty when
     * they cannot be split (a fact neither shared nor one member's) or would make a single part.
     */
    Optional<List<Part>> split(Collection<?> facts, PolicyTables.Fired tables) {
        List<Object> everywhere = new ArrayList<>();
        Map<Object, List<Object>> byKey = new LinkedHashMap<>();
        for (Object fact : facts) {
            Optional<MethodHandle> reader = keyReaders.get(fact.getClass());
            if (reader.isPresent()) {
                Object key = keyOf(reader.get(), fact);
                if (key == null) {
                    return Optional.empty();
                }
                byKey.computeIfAbsent(key, k -> new ArrayList<>(4)).add(fact);
            } else if (shared.contains(fact.getClass())) {
                everywhere.add(fact);
            } else {
                return Optional.empty();
            }
        }
        if (byKey.size() <= keysPerPart) {
            return Optional.empty();
        }
        Set<Class<?>> sharedClasses = new HashSet<>(shared);
        sharedClasses.addAll(tables.classes());
        List<Part> parts = new ArrayList<>();
        Part part = null;
        for (Map.Entry<Object, List<Object>> own : byKey.entrySet()) {
            if (part == null || part.keys.size() == keysPerPart) {
                part = new Part(new ArrayList<>(everywhere), sharedClasses);
                parts.add(part);
            }
            part.keys.add(own.getKey());
            part.facts.addAll(own.getValue());
        }
        return Optional.of(parts);
    }

    static Object keyOf(MethodHandle reader, Object fact) {
        try {
            return reader.invokeExact(fact);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read the key of " + fact.getClass().getName(), e);
        }
    }

    /** One part's facts, and what it may do: decide its own members' facts, and nothing shared. */
    final class Part {

        private final List<Object> facts;
        private final Set<Object> keys = new HashSet<>();
        private final Set<Class<?>> everywhere;

        private Part(List<Object> facts, Set<Class<?>> everywhere) {
            this.facts = facts;
            this.everywhere = everywhere;
        }

        List<Object> facts() {
            return facts;
        }

        /** A decided fact must belong to one of this part's members, and never be one every part shares. */
        void checkInserted(Object fact) {
            if (everywhere.contains(fact.getClass())) {
                throw ESCAPE;
            }
            Optional<MethodHandle> reader = keyReaders.get(fact.getClass());
            if (reader.isPresent() && !keys.contains(keyOf(reader.get(), fact))) {
                throw ESCAPE;
            }
        }
    }

    /** Whether one rule is about one member (see the class comment), and if not, why. */
    private final class RuleCheck {

        /** The anchor of a rule whose member pattern binds no key: no identifier is ever this. */
        private static final String UNBOUND = "\u0000";

        private final RuleImpl rule;
        private final Set<Class<?>> everywhere;
        private final Set<String> anchors = new HashSet<>();

        RuleCheck(RuleImpl rule, Set<Class<?>> everywhere) {
            this.rule = rule;
            this.everywhere = everywhere;
        }

        String obstacle() {
            if (rule.isQuery() || rule.getTimer() != null || rule.getCalendars() != null && rule.getCalendars().length > 0
                    || !isBlank(rule.getActivationGroup()) || !isBlank(rule.getRuleFlowGroup())
                    || !isBlank(rule.getAgendaGroup()) && !"MAIN".equals(rule.getAgendaGroup())) {
                return "rule '" + rule.getName() + "' uses groups, timers or queries";
            }
            String why = check(rule.getLhs(), true);
            if (why == null && anchors.isEmpty()) {
                why = "rule '" + rule.getName() + "' is not about one member";
            }
            return why;
        }

        /** @param anchoring whether a pattern here may bind the member the rule is about (not inside not/or) */
        private String check(RuleConditionElement element, boolean anchoring) {
            if (element instanceof GroupElement group) {
                boolean inner = anchoring && group.isAnd();
                for (RuleConditionElement child : group.getChildren()) {
                    String why = check(child, inner);
                    if (why != null) {
                        return why;
                    }
                }
                return null;
            }
            if (element instanceof Pattern pattern) {
                return check(pattern, anchoring);
            }
            if (element instanceof EvalCondition) {
                return null;
            }
            return "rule '" + rule.getName() + "' uses " + element.getClass().getSimpleName();
        }

        private String check(Pattern pattern, boolean anchoring) {
            PatternSource source = pattern.getSource();
            if (source instanceof From) {
                // Objects from an expression over the rule's own bindings, not from the session.
                return null;
            }
            if (source instanceof Accumulate || source instanceof Collect) {
                for (RuleConditionElement inner : ((RuleConditionElement) source).getNestedElements()) {
                    String why = check(inner, false);
                    if (why != null) {
                        return why;
                    }
                }
                return null;
            }
            if (source != null && !EntryPointId.DEFAULT.equals(source)) {
                return "rule '" + rule.getName() + "' reads from " + source;
            }
            if (!(pattern.getObjectType() instanceof ClassObjectType type)) {
                return "rule '" + rule.getName() + "' matches " + pattern.getObjectType();
            }
            Class<?> matched = type.getClassType();
            if (everywhere.contains(matched)) {
                return null;
            }
            String key = keyField.apply(matched);
            if (key == null) {
                return "rule '" + rule.getName() + "' matches " + matched.getSimpleName()
                        + ", which is neither one member's nor shared by every part";
            }
            String binding = keyBinding(pattern, key);
            if (tiedToAnchor(pattern, key)) {
                if (binding != null) {
                    anchors.add(binding);
                }
                return null;
            }
            if (anchoring && anchors.isEmpty()) {
                // Unbound, it is still the one member the rule is about; nothing else can be tied to it.
                anchors.add(binding != null ? binding : UNBOUND);
                return null;
            }
            return "rule '" + rule.getName() + "' matches " + matched.getSimpleName()
                    + " without tying it to the member the rule is about";
        }

        /** The name this pattern binds its key to ({@code $id : memberId}), or {@code null}. */
        private String keyBinding(Pattern pattern, String key) {
            for (Declaration declaration : pattern.getDeclarations().values()) {
                if (key.equals(fieldOf(declaration.getExtractor()))) {
                    return declaration.getIdentifier();
                }
            }
            return null;
        }

        /** Whether the pattern says {@code key == $anchor}. */
        private boolean tiedToAnchor(Pattern pattern, String key) {
            for (Constraint constraint : pattern.getConstraints()) {
                if (constraint instanceof IndexableConstraint indexable
                        && indexable.getConstraintType() == ConstraintTypeOperator.EQUAL
                        && key.equals(fieldOf(indexable.getFieldExtractor()))) {
                    for (Declaration required : constraint.getRequiredDeclarations()) {
                        if (anchors.contains(required.getIdentifier())) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private static String fieldOf(ReadAccessor accessor) {
            return accessor instanceof FieldNameSupplier named ? named.getFieldName() : null;
        }

        private static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }
    }
}
