package org.convenor.engine.compile;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.ImportError;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.ParserError;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.jci.CompilationProblem;

/**
 * Turns what Drools reports about a rule set that does not compile into {@link CompileError}s that name the line
 * of the mistake and say it in plain words, with Drools' own text kept as the detail. This class reads Drools'
 * record and places each error at its line; {@link ParserMistakes} reads the parser's, {@link PlainWords} says
 * what the errors mean and {@link ErrorList} keeps each mistake once.
 *
 * <p>Where the line comes from, best first:
 * <ul>
 * <li>Actions (after {@code then}) are compiled as Java. Drools reports each Java problem at the rule's header,
 * but keeps the problem itself (its line in the generated class) and, on the rule's descriptor, the line of
 * {@code then} and where the action's text starts in the generated class: the DRL line follows from the three.
 * <li>Conditions (after {@code when}) carry their own line, or, when Drools loses it, the expression, which the
 * rule's descriptor tree locates.
 * <li>The parser names the line where it got lost, which for an unclosed quote or parenthesis, or a missing
 * {@code then} or {@code end}, is later than the mistake: the file's structure is read to find it.
 * <li>Only where none of these is known is the rule's text searched for the name the message gives.
 * </ul>
 */
final class CompileErrors {

    /**
     * Lines of the generated consequence method that come before the action's own text: its signature and the
     * {@code kcontext} and {@code drools} variables ("consequenceMethod" in drools-mvel's {@code javaRule.mvel}).
     */
    private static final int CONSEQUENCE_PREAMBLE = 3;
    private static final Pattern IMPORT_PACKAGE = Pattern.compile(
            "(?:Only a type can be imported\\. (\\S+) resolves to a package|The import (\\S+) cannot be resolved)");

    private final String ruleSet;
    private final Map<String, DrlSource> sources = new HashMap<>();
    private final PlainWords words;
    private final ParserMistakes parserMistakes;
    private final ErrorList errors;

    CompileErrors(String ruleSet, Map<String, byte[]> files, ClassLoader classLoader) {
        this.ruleSet = ruleSet;
        files.forEach((file, content) -> sources.put(ruleSet + "/" + file,
                new DrlSource(new String(content, StandardCharsets.UTF_8))));
        this.words = new PlainWords(classLoader);
        this.parserMistakes = new ParserMistakes(sources);
        this.errors = new ErrorList(sources);
    }

    /**
     * The errors of a failed build, read from Drools' own record: each error with its descriptor and, for an
     * action, the Java compiler's problems behind it.
     */
    List<CompileError> read(KnowledgeBuilder builder) {
        List<KnowledgeBuilderResult> results = List.copyOf(builder.getErrors());
        try {
            results.forEach(this::add);
            parserMistakes.addTo(errors);
            return errors.finish();
        } catch (RuntimeException e) {
            // Explaining must never hide that the rule set does not compile: say it as Drools did.
            return results.stream().map(r -> new CompileError(fileOf(r.getResource() == null ? null
                    : r.getResource().getSourcePath()), r.getLines().length > 0 ? r.getLines()[0] : 0,
                    ErrorList.clean(r.getMessage()), ErrorList.clean(r.getMessage()))).toList();
        }
    }

    private void add(KnowledgeBuilderResult result) {
        String file = fileOf(result.getResource() == null ? null : result.getResource().getSourcePath());
        if (result instanceof ParserError parserError) {
            parserMistakes.add(file, parserError);
        } else if (result instanceof DescrBuildError error
                && error.getObject() instanceof CompilationProblem[] problems) {
            for (CompilationProblem problem : problems) {
                if (problem.isError()) {
                    javaProblem(file, error, problem);
                }
            }
        } else if (result instanceof DescrBuildError error) {
            condition(file, error);
        } else if (result instanceof ImportError error) {
            importError(file, error.getGlobal(), result.getMessage());
        } else {
            int[] lines = result.getLines();
            errors.add(file, lines.length > 0 ? lines[0] : 0, ErrorList.clean(result.getMessage()),
                    result.getMessage());
        }
    }

    /** A Java problem in an action, placed through the consequence's position in the generated class. */
    private void javaProblem(String file, DescrBuildError error, CompilationProblem problem) {
        String text = problem.getMessage();
        if (!(error.getDescr() instanceof RuleDescr rule)) {
            javaProblemFound(file, error.getLine(), text);
            return;
        }
        int intoAction = problem.getStartLine() - rule.getConsequenceOffset() - CONSEQUENCE_PREAMBLE;
        if (intoAction < 0) {
            // Before the action's text, in the generated class's header: its imports.
            Matcher imported = IMPORT_PACKAGE.matcher(text);
            if (imported.find()) {
                importError(file, imported.group(1) != null ? imported.group(1) : imported.group(2), text);
            } else {
                javaProblemFound(file, rule.getLine(), text);
            }
            return;
        }
        int line = rule.getConsequenceLine() + intoAction;
        if (line > rule.getEndLine()) {
            javaProblemFound(file, rule.getLine(), text);
            return;
        }
        DrlSource source = sources.get(file);
        String name = PlainWords.nameIn(text);
        if (source != null && name != null && source.find(name, line, line) == 0) {
            // The line does not show the name the problem is about: look for it in the rule's actions instead.
            int found = source.find(name, rule.getConsequenceLine(), rule.getEndLine());
            line = found > 0 ? found : line;
        }
        say(file, line, text);
    }

    /** A Java problem known only by its rule: its line is where the rule's actions first show its name. */
    private void javaProblemFound(String file, int ruleLine, String text) {
        DrlSource source = sources.get(file);
        int line = ruleLine;
        String name = PlainWords.nameIn(text);
        if (source != null && name != null) {
            int end = source.ruleEnd(ruleLine);
            int then = source.find("then", ruleLine, end);
            int found = source.find(name, then > 0 ? then : ruleLine, end);
            line = found > 0 ? found : ruleLine;
        }
        say(file, line, text);
    }

    private void say(String file, int line, String javaText) {
        DrlSource source = sources.get(file);
        errors.addJavaProblem(file, line,
                source == null ? new PlainWords.Said(line, javaText) : words.javaWords(source, line, javaText),
                javaText);
    }

    /** A condition Drools could not build; Drools sometimes loses its line but keeps its expression. */
    private void condition(String file, DescrBuildError error) {
        String text = error.getMessage();
        int line = error.getLine();
        Matcher expression = PlainWords.EXPRESSION.matcher(text);
        RuleDescr rule = error.getParentDescr() instanceof RuleDescr r ? r : null;
        if (line <= 0 && rule != null && expression.find()) {
            line = lineOf(rule.getLhs(), expression.group(1).strip());
        }
        conditionFound(file, line, rule == null ? 0 : rule.getLine(), text);
    }

    private void conditionFound(String file, int line, int ruleLine, String text) {
        DrlSource source = sources.get(file);
        if (line <= 0 && source != null) {
            int from = ruleLine > 0 ? ruleLine : 1;
            int to = ruleLine > 0 ? source.ruleEnd(ruleLine) : source.lineCount();
            Matcher expression = PlainWords.EXPRESSION.matcher(text);
            Matcher member = PlainWords.STRICT_MODE.matcher(text);
            line = expression.find() ? source.findText(expression.group(1), from, to) : 0;
            if (line <= 0 && member.find()) {
                line = source.find(member.group(2), from, to);
            }
            if (line <= 0) {
                line = ruleLine;
            }
        }
        int start = source == null || line <= 0 ? ruleLine : source.ruleStart(line);
        errors.add(file, line, words.conditionWords(source, start, text), text);
    }

    /** The line of the condition whose expression this is, in the rule's descriptor tree, or 0. */
    private static int lineOf(BaseDescr descr, String expression) {
        if (descr == null) {
            return 0;
        }
        if (descr instanceof ExprConstraintDescr constraint
                && constraint.getExpression().replaceAll("\\s+", "").equals(expression.replaceAll("\\s+", ""))) {
            return constraint.getLine();
        }
        List<? extends BaseDescr> children = descr instanceof PatternDescr pattern ? pattern.getDescrs()
                : descr instanceof ConditionalElementDescr element ? element.getDescrs() : List.of();
        for (BaseDescr child : children) {
            int line = lineOf(child, expression);
            if (line > 0) {
                return line;
            }
        }
        return 0;
    }

    private void importError(String file, String name, String text) {
        DrlSource source = sources.get(file);
        int line = source == null ? 0 : source.importLine(name);
        errors.add(file, line, "there is no type " + name + " to import: check its spelling", text);
    }

    private String fileOf(String path) {
        return path == null ? ruleSet : path;
    }
}
