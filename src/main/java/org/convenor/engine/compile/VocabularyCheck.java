package org.convenor.engine.compile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.compiler.PackageRegistry;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.util.TypeResolver;
import org.kie.internal.builder.KnowledgeBuilder;

/**
 * The rule vocabulary, enforced in the one place every rule set is compiled (start-up, the watcher, reload, check,
 * publish, restore, preview). Before Drools builds a rule set, the parsed files are checked for what building would
 * run; after it has built it and before anything of it is loaded or run, the conditions are read from the parsed
 * rules and the actions from the classes Drools generated. Whatever falls outside the vocabulary is a compile error
 * at its file and line, said in plain words.
 */
public final class VocabularyCheck {

    /**
     * Lines of the generated action method before the action's own text: its signature and the {@code kcontext}
     * and {@code drools} variables ("consequenceMethod" in drools-mvel's {@code javaRule.mvel}).
     */
    private static final int CONSEQUENCE_PREAMBLE = 3;

    private final RuleVocabulary vocabulary;

    public VocabularyCheck(RuleVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * What the rule set's files may not hold before they are even built, since building would run it (see
     * {@link SourceCheck}); empty when they may be built.
     *
     * @param files each file's content by its path ({@code fees/waiver.drl})
     */
    public List<Refusal> beforeBuild(Map<String, byte[]> files) {
        return sorted(SourceCheck.check(files));
    }

    /** What the built rule set may not do, before any of it is loaded; empty when it keeps to the vocabulary. */
    public List<Refusal> afterBuild(KnowledgeBuilder builder) {
        KnowledgeBuilderImpl knowledge = (KnowledgeBuilderImpl) builder;
        Set<Refusal> errors = new LinkedHashSet<>();
        for (String name : knowledge.getPackageNames()) {
            PackageRegistry registry = knowledge.getPackageRegistry(name);
            if (registry == null) {
                continue;
            }
            // Without its parsed rules, every class of a package is one the check cannot place, and is refused.
            List<PackageDescr> descrs = knowledge.getPackageDescrs(name);
            try {
                errors.addAll(refusals(name, registry, descrs == null ? List.of() : descrs));
            } catch (RuntimeException | LinkageError e) {
                // What cannot be checked is refused, never passed.
                errors.add(new Refusal(name, 0, "the rule vocabulary could not check this rule set ("
                        + e.getClass().getSimpleName() + ")"));
            }
        }
        return sorted(errors);
    }

    private static List<Refusal> sorted(Collection<Refusal> refusals) {
        List<Refusal> sorted = new ArrayList<>(refusals);
        sorted.sort(Comparator.comparing(Refusal::file).thenComparingInt(Refusal::line));
        return sorted;
    }

    private List<Refusal> refusals(String name, PackageRegistry registry, List<PackageDescr> descrs) {
        InternalKnowledgePackage pkg = registry.getPackage();
        List<Refusal> errors = new ArrayList<>();
        Set<String> refusedRules = new HashSet<>();
        for (PackageDescr descr : descrs) {
            for (ConditionCheck.Finding finding : ConditionCheck.check(vocabulary, descr,
                    types(registry.getTypeResolver()), rule -> (RuleImpl) pkg.getRule(rule))) {
                errors.add(new Refusal(finding.file(), finding.line(), finding.message()));
                refusedRules.add(finding.rule());
            }
        }
        errors.addAll(actions(name, pkg, descrs, refusedRules));
        return errors;
    }

    private List<Refusal> actions(String name, InternalKnowledgePackage pkg, List<PackageDescr> descrs,
            Set<String> refusedRules) {
        if (!(pkg.getDialectRuntimeRegistry().getDialectData("java") instanceof JavaDialectRuntimeData data)) {
            return List.of();
        }
        String path = name.replace('.', '/') + "/";
        Map<String, BaseDescr> bySource = new HashMap<>();
        Set<String> expected = new HashSet<>();
        for (PackageDescr descr : descrs) {
            for (RuleDescr rule : descr.getRules()) {
                bySource.put(rule.getClassName() + ".java", rule);
                expected.add(path + rule.getClassName());
            }
            for (FunctionDescr function : descr.getFunctions()) {
                String simple = function.getClassName().substring(function.getClassName().lastIndexOf('.') + 1);
                bySource.put(simple + ".java", function);
                expected.add(path + simple);
            }
        }
        Map<String, byte[]> classes = new HashMap<>();
        data.getStore().forEach((file, bytes) -> classes.put(file.replaceFirst("\\.class$", ""), bytes));
        List<Refusal> errors = new ArrayList<>();
        for (ConsequenceCheck.Finding finding : ConsequenceCheck.check(vocabulary, classes, expected)) {
            BaseDescr owner = bySource.get(finding.sourceFile());
            int line = owner == null ? 0 : line(owner, finding.javaLine());
            if (owner instanceof RuleDescr rule && line == rule.getLine() && refusedRules.contains(rule.getName())) {
                // Outside the action: the same mistake in a condition, already said at its own line.
                continue;
            }
            String file = owner == null || owner.getResource() == null ? name : owner.getResource().getSourcePath();
            errors.add(new Refusal(file, line, finding.message()));
        }
        return errors;
    }

    /**
     * The line in the rule file of a line of the generated class: in a rule's action or a function, where it is;
     * anywhere else in the class (an {@code eval}, an accumulate argument), the rule's own line.
     */
    private static int line(BaseDescr owner, int javaLine) {
        int line = owner.getLine();
        if (owner instanceof RuleDescr rule) {
            line = rule.getConsequenceLine() + javaLine - rule.getConsequenceOffset() - CONSEQUENCE_PREAMBLE;
            boolean inAction = javaLine > 0 && line >= rule.getConsequenceLine() && line <= rule.getEndLine();
            return inAction ? line : rule.getLine();
        }
        if (owner instanceof FunctionDescr function) {
            line = function.getLine() + javaLine - function.getOffset();
        }
        return javaLine > 0 && line >= owner.getLine() && line <= owner.getEndLine() ? line : owner.getLine();
    }

    private static Function<String, Class<?>> types(TypeResolver resolver) {
        return name -> {
            try {
                return resolver.resolveType(name);
            } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
                return null;
            }
        };
    }
}
