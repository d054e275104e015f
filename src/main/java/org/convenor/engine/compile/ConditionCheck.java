package org.convenor.engine.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.convenor.engine.compile.ExpressionCheck.Scope;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.RuleConditionElement;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Checks what Drools does not compile to Java classes, from the parsed rules and the types the compiled rules give
 * their variables: every expression of the conditions (constraints, {@code eval}, {@code from}, accumulate
 * arguments), which MVEL evaluates as the rules run.
 */
final class ConditionCheck {

    /** One refusal, at its line of the rule file. */
    record Finding(String file, int line, String rule, String message) {
    }

    private final RuleVocabulary vocabulary;
    private final Function<String, Class<?>> types;
    private final Function<String, RuleImpl> rules;
    private final List<Finding> findings = new ArrayList<>();
    private String file;
    private String rule;

    private ConditionCheck(RuleVocabulary vocabulary, Function<String, Class<?>> types,
            Function<String, RuleImpl> rules) {
        this.vocabulary = vocabulary;
        this.types = types;
        this.rules = rules;
    }

    /**
     * @param types a class by the name the package's files know it by, or null
     * @param rules the compiled rule of each name, whose declarations give each variable's type
     */
    static List<Finding> check(RuleVocabulary vocabulary, PackageDescr pkg, Function<String, Class<?>> types,
            Function<String, RuleImpl> rules) {
        ConditionCheck check = new ConditionCheck(vocabulary, types, rules);
        check.pkg(pkg);
        return check.findings;
    }

    private void pkg(PackageDescr pkg) {
        file = pkg.getResource() == null ? "" : pkg.getResource().getSourcePath();
        rule = null;
        Map<String, Class<?>> functions = new HashMap<>();
        for (FunctionDescr function : pkg.getFunctions()) {
            functions.put(function.getName(), orObject(types.apply(function.getReturnType())));
        }
        Map<String, Class<?>> globals = new HashMap<>();
        pkg.getGlobals().forEach(global -> globals.put(global.getIdentifier(),
                orObject(types.apply(global.getType()))));
        for (RuleDescr descr : pkg.getRules()) {
            file = descr.getResource() == null ? file : descr.getResource().getSourcePath();
            rule = descr.getName();
            Map<String, Class<?>> variables = new HashMap<>(globals);
            RuleImpl compiled = rules.apply(descr.getName());
            if (compiled != null) {
                declarations(compiled.getLhs(), variables);
            }
            lhs(descr.getLhs(), new Scope(null, variables, types, functions));
        }
    }

    /** Every variable of the compiled rule, nested ones too ({@code not}, {@code exists}, accumulate). */
    private static void declarations(RuleConditionElement element, Map<String, Class<?>> variables) {
        element.getInnerDeclarations().forEach((name, declaration) -> variables.put(name, typeOf(declaration)));
        if (element instanceof GroupElement group) {
            group.getOuterDeclarations().forEach((name, declaration) -> variables.put(name, typeOf(declaration)));
        }
        element.getNestedElements().forEach(nested -> declarations(nested, variables));
    }

    private static Class<?> typeOf(Declaration declaration) {
        return orObject(declaration.getDeclarationClass());
    }

    private void lhs(BaseDescr descr, Scope scope) {
        if (descr instanceof PatternDescr pattern) {
            pattern(pattern, scope);
        } else if (descr instanceof EvalDescr eval) {
            expression(eval, String.valueOf(eval.getContent()), scope.in(null));
        } else if (descr instanceof ConditionalBranchDescr branch) {
            lhs(branch.getCondition(), scope);
            if (branch.getElseBranch() != null) {
                lhs(branch.getElseBranch(), scope);
            }
        } else if (descr instanceof NamedConsequenceDescr) {
            return;
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> lhs(child, scope));
        } else {
            refuse(descr, "rules may not use this kind of condition here");
        }
    }

    private void pattern(PatternDescr pattern, Scope scope) {
        Class<?> type = orObject(types.apply(pattern.getObjectType()));
        for (BaseDescr constraint : pattern.getDescrs()) {
            String text = constraint instanceof ExprConstraintDescr expression ? expression.getExpression()
                    : constraint instanceof BindingDescr binding ? binding.getExpression() : null;
            if (text == null) {
                refuse(constraint, "rules may not use this kind of constraint");
            } else {
                expression(constraint.getLine() > 0 ? constraint : pattern, text, scope.in(type));
            }
        }
        if (pattern.getSource() instanceof FromDescr from) {
            expression(pattern, from.getDataSource().getText(), scope.in(null));
        } else if (pattern.getSource() instanceof AccumulateDescr accumulate) {
            accumulate(pattern, accumulate, scope);
        } else if (pattern.getSource() instanceof CollectDescr collect) {
            lhs(collect.getInputPattern(), scope);
        } else if (pattern.getSource() != null && !(pattern.getSource() instanceof EntryPointDescr)) {
            refuse(pattern, "rules may not take facts from " + pattern.getSource().getText());
        }
    }

    private void accumulate(PatternDescr pattern, AccumulateDescr accumulate, Scope scope) {
        lhs(accumulate.getInput(), scope);
        Class<?> input = accumulate.isSinglePattern()
                ? orObject(types.apply(accumulate.getInputPattern().getObjectType())) : null;
        for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
            for (String parameter : function.getParams()) {
                expression(pattern, parameter, scope.in(input));
            }
        }
    }

    private void expression(BaseDescr at, String text, Scope scope) {
        ExpressionCheck.check(vocabulary, scope, text).ifPresent(message -> refuse(at, message));
    }

    private void refuse(BaseDescr at, String message) {
        String where = at.getResource() != null ? at.getResource().getSourcePath() : file;
        findings.add(new Finding(where, Math.max(at.getLine(), 0), rule, message));
    }

    private static Class<?> orObject(Class<?> type) {
        return type == null ? Object.class : type;
    }
}
