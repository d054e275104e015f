package org.convenor.engine.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.convenor.engine.compile.ExpressionTokens.Kind;
import org.convenor.engine.compile.ExpressionTokens.Token;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.api.io.Resource;
import org.kie.internal.builder.conf.LanguageLevelOption;
import org.kie.internal.io.ResourceFactory;

/**
 * What Drools would run while it builds a rule set, or build into code the vocabulary cannot read, found in the
 * parsed files before the build: annotation values other than plain words (Drools evaluates them as MVEL),
 * declared types (their annotations and initial values are evaluated too), calls of queries (their arguments
 * are), MVEL actions, accumulate code of a rule's own, and timers. A rule set with any of these is not built.
 */
final class SourceCheck {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+");
    private static final Set<String> TIMED = Set.of("timer", "duration", "calendars");
    private static final Set<String> PLAIN_SYMBOLS = Set.of(",", "!", "-", "*");
    private static final String DECLARED = "rules may not declare new fact types: ask a developer for a fact class";

    private final List<Refusal> refusals = new ArrayList<>();
    private final Set<String> queries;
    private final Map<String, String[]> lines = new HashMap<>();
    private String file;

    private SourceCheck(Set<String> queries, Map<String, byte[]> files) {
        this.queries = queries;
        files.forEach((path, content) -> lines.put(path, new String(content, StandardCharsets.UTF_8).split("\n", -1)));
    }

    /**
     * @param files each file's content by its path ({@code fees/waiver.drl}); a file that does not parse is left
     *        to the build, which builds nothing of it
     */
    static List<Refusal> check(Map<String, byte[]> files) {
        List<PackageDescr> parsed = new ArrayList<>();
        files.forEach((path, content) -> {
            Resource resource = ResourceFactory.newByteArrayResource(content);
            resource.setSourcePath(path);
            DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
            try {
                PackageDescr pkg = parser.parse(resource);
                if (pkg != null && !parser.hasErrors()) {
                    parsed.add(pkg);
                }
            } catch (DroolsParserException | IOException e) {
                // The build reads the file again and reports why it does not parse.
            }
        });
        Set<String> queries = new HashSet<>();
        parsed.forEach(pkg -> pkg.getRules().stream().filter(RuleDescr::isQuery).forEach(q -> queries.add(q.getName())));
        SourceCheck check = new SourceCheck(queries, files);
        parsed.forEach(check::pkg);
        return check.refusals;
    }

    private void pkg(PackageDescr pkg) {
        file = pkg.getResource() == null ? "" : pkg.getResource().getSourcePath();
        pkg.getAttributes().forEach(this::attribute);
        pkg.getTypeDeclarations().forEach(declared -> refuse(declared, DECLARED));
        pkg.getEnumDeclarations().forEach(declared -> refuse(declared, DECLARED));
        pkg.getWindowDeclarations().forEach(declared -> refuse(declared, "rules may not declare windows"));
        pkg.getAccumulateImports().forEach(imported -> refuse(imported,
                "rules may not bring in accumulate functions of their own"));
        for (FunctionDescr function : pkg.getFunctions()) {
            if (function.getDialect() != null && !function.getDialect().equals("java")) {
                refuse(function, "functions must be written in Java, which the rule vocabulary can check");
            }
        }
        for (RuleDescr rule : pkg.getRules()) {
            rule.getAttributes().values().forEach(this::attribute);
            annotations(rule);
            conditions(rule.getLhs());
        }
    }

    private void attribute(AttributeDescr attribute) {
        String value = attribute.getValue() == null ? "" : attribute.getValue().strip();
        switch (attribute.getName()) {
            case "dialect" -> {
                if (!value.equals("java")) {
                    refuse(attribute, "rules must be written in Java (dialect \"java\"), which the rule vocabulary"
                            + " can check");
                }
            }
            case "salience" -> {
                if (!NUMBER.matcher(value).matches()) {
                    refuse(attribute, "a rule's salience must be a number");
                }
            }
            case "enabled" -> {
                if (!value.equals("true") && !value.equals("false")) {
                    refuse(attribute, "a rule is enabled by true or false, not by an expression");
                }
            }
            default -> {
                if (TIMED.contains(attribute.getName())) {
                    refuse(attribute, "rules may not run on a timer (" + attribute.getName() + ")");
                }
            }
        }
    }

    private void conditions(BaseDescr descr) {
        if (descr instanceof PatternDescr pattern) {
            annotations(pattern);
            if (pattern.isQuery() || queries.contains(pattern.getObjectType())) {
                refuse(pattern, "rules may not call queries");
            }
            pattern.getDescrs().forEach(this::conditions);
            if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                if (!accumulate.isExternalFunction()) {
                    refuse(pattern, "accumulate may use its functions (sum, count, min, max, collectList, ...), not"
                            + " code of its own: the rule vocabulary cannot check it");
                }
                conditions(accumulate.getInput());
            } else if (pattern.getSource() instanceof CollectDescr collect) {
                conditions(collect.getInputPattern());
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> conditions((BaseDescr) child));
        }
    }

    /** Drools evaluates an annotation's value as MVEL unless it is text: only plain words and text may be there. */
    private void annotations(AnnotatedBaseDescr descr) {
        for (AnnotationDescr annotation : descr.getAnnotations()) {
            Collection<Object> values = annotation.getValueMap().values();
            if (!values.stream().allMatch(value -> plain(String.valueOf(value)))) {
                refusals.add(new Refusal(file, lineOf(annotation, descr), "an annotation (@" + annotation.getName()
                        + ") may hold text, numbers and names, not code"));
            }
        }
    }

    /** The parser keeps no line for an annotation: it is the first line from its rule's or pattern's to name it. */
    private int lineOf(AnnotationDescr annotation, BaseDescr owner) {
        String[] lines = this.lines.getOrDefault(file, new String[0]);
        for (int line = Math.max(owner.getLine(), 1); line <= lines.length; line++) {
            if (lines[line - 1].contains("@" + annotation.getName())) {
                return line;
            }
        }
        return Math.max(owner.getLine(), 0);
    }

    private static boolean plain(String value) {
        try {
            ExpressionTokens tokens = new ExpressionTokens(value);
            for (Token token = tokens.take(); token.kind() != Kind.END; token = tokens.take()) {
                if (token.kind() == Kind.SYMBOL ? !PLAIN_SYMBOLS.contains(token.text()) : token.is("new")) {
                    return false;
                }
            }
            return true;
        } catch (ExpressionCheck.Refused unreadable) {
            return false;
        }
    }

    private void refuse(BaseDescr at, String message) {
        String where = at.getResource() != null ? at.getResource().getSourcePath() : file;
        refusals.add(new Refusal(where, Math.max(at.getLine(), 0), message));
    }
}
