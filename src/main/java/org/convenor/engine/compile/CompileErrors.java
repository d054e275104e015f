package org.convenor.engine.compile;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.convenor.engine.compile.DrlSource.Finding;
import org.convenor.engine.compile.DrlSource.Kind;
import org.convenor.engine.compile.DrlSource.Token;
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
 * of the mistake and say it in plain words, with Drools' own text kept as the detail.
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
    private static final Set<String> ACTIONS = Set.of("insert", "insertLogical", "delete", "update", "modify",
            "retract");

    private static final Pattern PARSER_PREFIX = Pattern.compile("^\\[ERR \\d+] Line (\\d+):(\\d+)\\s*");
    private static final Pattern EXPECTING = Pattern.compile(
            "mismatched input '(.*?)' expecting one of the following tokens: '\\[(.*)]'", Pattern.DOTALL);
    private static final Pattern UNEXPECTED = Pattern.compile(
            "(?:mismatched input|no viable alternative at input|extraneous input) '(.*?)'", Pattern.DOTALL);
    private static final Pattern MISSING = Pattern.compile("missing (\\S+) at '(.*?)'");
    private static final Pattern DELETE_TOKEN = Pattern.compile("Syntax error on token \"(.+)\", delete this token");
    private static final Pattern OTHER_TOKEN = Pattern.compile("Syntax error on token \"(.+?)\", (.+)");
    private static final Pattern INSERT_TOKEN = Pattern.compile("Syntax error, insert \"(.+?)\" to complete (.+)");
    private static final Pattern NOT_A_TYPE = Pattern.compile("(\\S+) cannot be resolved to a type");
    private static final Pattern NOT_A_FIELD = Pattern.compile("(\\S+) cannot be resolved or is not a field");
    private static final Pattern NOT_RESOLVED = Pattern.compile("(\\S+) cannot be resolved( to a variable)?");
    private static final Pattern NO_METHOD = Pattern.compile(
            "The method (\\w+)\\((.*)\\) is undefined for the type (\\w+)");
    private static final Pattern NO_CONSTRUCTOR = Pattern.compile("The constructor (\\w+)\\((.*)\\) is undefined");
    private static final Pattern MISMATCH = Pattern.compile("Type mismatch: cannot convert from (.+) to (.+)");
    private static final Pattern IMPORT_PACKAGE = Pattern.compile(
            "(?:Only a type can be imported\\. (\\S+) resolves to a package|The import (\\S+) cannot be resolved)");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '(.+?)'");
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.*?):\\s*(?:\\n|$)",
            Pattern.DOTALL);
    private static final Pattern STRICT_MODE = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.([\\w$]+)\\(\\)");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate declaration for variable '(.+?)'");

    private final String ruleSet;
    private final ClassLoader classLoader;
    private final Map<String, DrlSource> sources = new HashMap<>();
    private final Map<String, List<ParserError>> parserErrors = new LinkedHashMap<>();
    private final List<Located> errors = new ArrayList<>();

    /**
     * One error placed and worded; for a Java problem, the line the compiler gave it (before the wording moves
     * a missing comma to the end of the line before) and whether it is a syntax error.
     */
    private record Located(CompileError error, int javaLine, boolean syntax) {
    }

    /** A line and what to say about it. */
    private record Said(int line, String message) {
    }

    CompileErrors(String ruleSet, Map<String, byte[]> files, ClassLoader classLoader) {
        this.ruleSet = ruleSet;
        this.classLoader = classLoader;
        files.forEach((file, content) -> sources.put(ruleSet + "/" + file,
                new DrlSource(new String(content, StandardCharsets.UTF_8))));
    }

    /**
     * The errors of a failed build, read from Drools' own record: each error with its descriptor and, for an
     * action, the Java compiler's problems behind it.
     */
    List<CompileError> read(KnowledgeBuilder builder) {
        List<KnowledgeBuilderResult> results = List.copyOf(builder.getErrors());
        try {
            results.forEach(this::add);
            return finish();
        } catch (RuntimeException e) {
            // Explaining must never hide that the rule set does not compile: say it as Drools did.
            return results.stream().map(r -> new CompileError(fileOf(r.getResource() == null ? null
                    : r.getResource().getSourcePath()), r.getLines().length > 0 ? r.getLines()[0] : 0,
                    clean(r.getMessage()), clean(r.getMessage()))).toList();
        }
    }

    // ---------------------------------------------------------------------------------------------- Drools' record

    private void add(KnowledgeBuilderResult result) {
        String file = fileOf(result.getResource() == null ? null : result.getResource().getSourcePath());
        if (result instanceof ParserError parserError) {
            parserErrors.computeIfAbsent(file, f -> new ArrayList<>()).add(parserError);
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
            add(file, lines.length > 0 ? lines[0] : 0, clean(result.getMessage()), result.getMessage());
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
        String name = nameIn(text);
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
        String name = nameIn(text);
        if (source != null && name != null) {
            int end = source.ruleEnd(ruleLine);
            int then = source.find("then", ruleLine, end);
            int found = source.find(name, then > 0 ? then : ruleLine, end);
            line = found > 0 ? found : ruleLine;
        }
        say(file, line, text);
    }

    /** A condition Drools could not build; Drools sometimes loses its line but keeps its expression. */
    private void condition(String file, DescrBuildError error) {
        String text = error.getMessage();
        int line = error.getLine();
        Matcher expression = EXPRESSION.matcher(text);
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
            Matcher expression = EXPRESSION.matcher(text);
            Matcher member = STRICT_MODE.matcher(text);
            line = expression.find() ? source.findText(expression.group(1), from, to) : 0;
            if (line <= 0 && member.find()) {
                line = source.find(member.group(2), from, to);
            }
            if (line <= 0) {
                line = ruleLine;
            }
        }
        int start = source == null || line <= 0 ? ruleLine : source.ruleStart(line);
        add(file, line, conditionWords(source, start, text), text);
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
        add(file, line, "there is no type " + name + " to import: check its spelling", text);
    }

    // ------------------------------------------------------------------------------------------------ parser

    /**
     * The parser's first error in each file, or the structural mistake behind it when that comes no later:
     * what the parser says after its first error is noise.
     */
    private void parserMistakes() {
        parserErrors.forEach((file, reported) -> {
            DrlSource source = sources.get(file);
            Optional<ParserError> first = reported.stream().filter(e -> e.getRow() > 0)
                    .filter(e -> !e.getMessage().contains("unexpected exception"))
                    .min(Comparator.comparingInt(ParserError::getRow));
            Optional<Finding> structural = source == null ? Optional.empty() : source.structuralMistake();
            String detail = first.map(ParserError::getMessage)
                    .orElse(reported.isEmpty() ? "Parser returned a null Package" : reported.get(0).getMessage());
            if (structural.isPresent() && (first.isEmpty() || structural.get().line() <= first.get().getRow())) {
                add(file, structural.get().line(), structural.get().message(), detail);
            } else if (first.isPresent()) {
                ParserError error = first.get();
                Said said = parserWords(source, error.getRow(), error.getCol(), error.getMessage());
                add(file, said.line(), said.message(), detail);
            } else if (!reported.isEmpty()) {
                add(file, 0, "the file cannot be read: " + clean(detail), detail);
            }
        });
    }

    private Said parserWords(DrlSource source, int row, int column, String text) {
        String message = PARSER_PREFIX.matcher(text.strip()).replaceFirst("");
        Matcher expecting = EXPECTING.matcher(message);
        if (expecting.find()) {
            String found = expecting.group(1);
            List<String> expected = List.of(expecting.group(2).split(",\\s*"));
            List<String> meant = DrlSource.similar(found, expected);
            return new Said(row, meant.isEmpty()
                    ? "'" + found + "' is not expected here; expected one of: " + String.join(", ", expected)
                    : "'" + found + "' is not a keyword; did you mean " + quoted(meant) + "?");
        }
        Matcher missing = MISSING.matcher(message);
        if (missing.find()) {
            return new Said(row, "'" + missing.group(1) + "' seems to be missing before '" + missing.group(2) + "'");
        }
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (!unexpected.find() || source == null) {
            return new Said(row, message);
        }
        String found = unexpected.group(1);
        if (found.isEmpty() || found.equals("<eof>")) {
            return new Said(row, "the file ends in the middle of a rule: an 'end', a closing quote or a ')' seems"
                    + " to be missing");
        }
        Optional<Token> token = source.tokenAt(row, column);
        if (token.isEmpty()) {
            return new Said(row, "'" + found + "' is not expected here");
        }
        Token t = token.get();
        Optional<Token> previous = source.before(t);
        boolean valueFollows = source.after(t).filter(Token::startsValue).isPresent();
        if (source.depthAt(t) > 0 && valueFollows && !misspeltOperator(t).isEmpty()) {
            // roles contain Role.PARTNER: a word between two values where an operator should be.
            return new Said(t.line(), "'" + t.text() + "' is not a known operator; did you mean "
                    + quoted(misspeltOperator(t)) + "?");
        }
        if (previous.isPresent() && source.depthAt(t) > 0 && previous.get().endsValue() && t.startsValue()) {
            return commaMissing(previous.get(), t, false);
        }
        if (t.text().equals("=") && source.depthAt(t) > 0) {
            return new Said(t.line(), "a condition compares with '==', not '='");
        }
        if (t.text().equals(")") && previous.filter(p -> p.text().equals(",")).isPresent()) {
            return new Said(t.line(), "there is a comma too many before ')'");
        }
        List<String> keyword = misspeltKeyword(t);
        if (!keyword.isEmpty()) {
            return new Said(t.line(), "'" + t.text() + "' is not a keyword; did you mean " + quoted(keyword) + "?");
        }
        if (previous.isPresent() && source.firstOnItsLine(previous.get())
                && !misspeltKeyword(previous.get()).isEmpty()) {
            return new Said(previous.get().line(), "'" + previous.get().text() + "' is not a keyword; did you mean "
                    + quoted(misspeltKeyword(previous.get())) + "?");
        }
        if (t.text().equals(")")) {
            return new Said(t.line(), "there is one ')' too many on this line");
        }
        return new Said(t.line(), "'" + t.text() + "' is not expected here: check the spelling and the punctuation"
                + " just before it");
    }

    private static List<String> misspeltOperator(Token token) {
        return token.kind() == Kind.WORD && !DrlSource.OPERATORS.contains(token.text())
                ? DrlSource.similar(token.text(), DrlSource.OPERATORS) : List.of();
    }

    private static List<String> misspeltKeyword(Token token) {
        return token.kind() == Kind.WORD && !DrlSource.KEYWORDS.contains(token.text())
                ? DrlSource.similar(token.text(), DrlSource.KEYWORDS) : List.of();
    }

    private static Said commaMissing(Token previous, Token token, boolean action) {
        String missing = action && (previous.kind() == Kind.STRING || token.kind() == Kind.STRING)
                ? "a comma or a '+'" : "a comma";
        return previous.line() == token.line()
                ? new Said(token.line(), missing + " seems to be missing before '" + token.text() + "'")
                : new Said(previous.line(), missing + " seems to be missing at the end of this line (before '"
                        + token.text() + "' on line " + token.line() + ")");
    }

    // ------------------------------------------------------------------------------------------------ wording

    private void say(String file, int line, String javaText) {
        DrlSource source = sources.get(file);
        Said said = source == null ? new Said(line, javaText) : javaWords(source, line, javaText);
        errors.add(new Located(new CompileError(file, said.line(), said.message(), clean(javaText)), line,
                javaText.startsWith("Syntax error")));
    }

    /** Plain words for what the Java compiler says about an action. */
    private Said javaWords(DrlSource source, int line, String text) {
        int ruleStart = source.ruleStart(line);
        Matcher m;
        if ((m = DELETE_TOKEN.matcher(text)).matches()) {
            return tokenMistake(source, line, m.group(1));
        }
        if ((m = INSERT_TOKEN.matcher(text)).matches()) {
            return new Said(line, switch (m.group(1)) {
                case ";" -> "a ';' seems to be missing at the end of this line";
                case ")" -> "a parenthesis opened on this line is never closed: add ')'";
                default -> m.group(1).matches("\\W+") ? "'" + m.group(1) + "' seems to be missing on this line"
                        : "this line is not complete: something seems to be missing";
            });
        }
        if ((m = OTHER_TOKEN.matcher(text)).matches()) {
            return new Said(line, m.group(1).equals(")") ? "there is one ')' too many on this line"
                    : "'" + m.group(1) + "' is not expected here: check the punctuation around it");
        }
        if (text.startsWith("Syntax error")) {
            return new Said(line, "the punctuation on this line is not right: check commas, quotes and parentheses");
        }
        if ((m = NOT_A_TYPE.matcher(text)).matches()) {
            return new Said(line, unknownType(source, m.group(1)));
        }
        if ((m = NOT_A_FIELD.matcher(text)).matches()) {
            return new Said(line, unknownQualified(source, ruleStart, line, m.group(1)));
        }
        if ((m = NOT_RESOLVED.matcher(text)).matches()) {
            return new Said(line, unknownName(source, ruleStart, m.group(1)));
        }
        if ((m = NO_METHOD.matcher(text)).matches()) {
            String type = m.group(3);
            if (!source.imports().containsKey(type) && type.startsWith("Rule_")) {
                return new Said(line, "'" + m.group(1) + "' is not a known action" + didYouMean(m.group(1), ACTIONS));
            }
            return new Said(line, unknownMember(type(source, type), type, m.group(1)));
        }
        if ((m = NO_CONSTRUCTOR.matcher(text)).matches()) {
            return new Said(line, constructor(source, m.group(1), m.group(2)));
        }
        if ((m = MISMATCH.matcher(text)).matches()) {
            return new Said(line, "this gives " + simple(m.group(1)) + " where " + simple(m.group(2)) + " is needed");
        }
        return new Said(line, text);
    }

    /** The Java compiler stopped at a word it did not expect; most often the comma before it is missing. */
    private static Said tokenMistake(DrlSource source, int line, String text) {
        if (text.equals(")")) {
            return new Said(line, "there is one ')' too many on this line");
        }
        if (text.equals(",")) {
            return new Said(line, "there is a comma too many on this line, or a value missing between two commas");
        }
        List<Token> candidates = source.tokensOn(line).stream().filter(t -> t.text().equals(text)).toList();
        for (Token token : candidates) {
            Optional<Token> previous = source.before(token);
            if (previous.isPresent() && previous.get().endsValue() && token.startsValue()) {
                return commaMissing(previous.get(), token, true);
            }
        }
        return new Said(line, "'" + text + "' is not expected here: check the punctuation before it");
    }

    /** Plain words for a condition Drools could not build. */
    private String conditionWords(DrlSource source, int ruleStart, String text) {
        Matcher m;
        if (source != null && (m = UNKNOWN_TYPE.matcher(text)).find()) {
            return unknownType(source, m.group(1));
        }
        if ((m = STRICT_MODE.matcher(text)).find()) {
            String owner = m.group(1);
            String name = m.group(2);
            if (name.startsWith("$") && source != null) {
                return unknownVariable(source, ruleStart, name);
            }
            Class<?> type = load(owner);
            String simple = owner.substring(owner.lastIndexOf('.') + 1);
            Matcher expression = EXPRESSION.matcher(text);
            boolean qualified = expression.find()
                    && Pattern.compile("\\b" + Pattern.quote(simple) + "\\s*\\.\\s*" + Pattern.quote(name) + "\\b")
                            .matcher(expression.group(1)).find();
            return qualified ? unknownConstant(type, simple, name) : unknownMember(type, simple, name);
        }
        if ((m = DUPLICATE.matcher(text)).find()) {
            return "'" + m.group(1) + "' is bound twice in this rule: give one of them another name";
        }
        Matcher expression = EXPRESSION.matcher(text);
        if (expression.find()) {
            return "this condition cannot be understood: " + expression.group(1).strip();
        }
        return clean(text).lines().findFirst().orElse(text);
    }

    private static String unknownType(DrlSource source, String name) {
        if (name.contains(".")) {
            // Rle.PARTNER: the type before the dot is the unknown name.
            String type = name.substring(0, name.indexOf('.'));
            return "'" + type + "' is not a known type (" + name + ")" + didYouMean(type, source.imports().keySet());
        }
        List<String> meant = DrlSource.similar(name, source.imports().keySet());
        return "'" + name + "' is not a known fact type" + (meant.isEmpty()
                ? ": check its spelling, or import it at the top of the file" : "; did you mean " + or(meant) + "?");
    }

    private static String unknownVariable(DrlSource source, int ruleStart, String name) {
        List<String> meant = DrlSource.similar(name, source.bindings(ruleStart));
        return "'" + name + "' is not defined in this rule" + (meant.isEmpty()
                ? ": bind it in the conditions first, as in '" + name + " : Member()'"
                : "; did you mean " + or(meant) + "?");
    }

    /** {@code X cannot be resolved}: a variable, a type, or another name. */
    private String unknownName(DrlSource source, int ruleStart, String name) {
        if (name.startsWith("$")) {
            return unknownVariable(source, ruleStart, name);
        }
        Set<String> names = new LinkedHashSet<>(source.imports().keySet());
        names.addAll(source.bindings(ruleStart));
        return "'" + name + "' is not a known name" + didYouMean(name, names);
    }

    /** {@code Country.KEE}: the qualifier is on the line; it names a type or a bound fact. */
    private String unknownQualified(DrlSource source, int ruleStart, int line, String name) {
        Matcher qualified = Pattern.compile("([\\w$]+)\\s*\\.\\s*" + Pattern.quote(name) + "(?![\\w$])")
                .matcher(source.line(line));
        if (!qualified.find()) {
            return "'" + name + "' is not a known name";
        }
        String qualifier = qualified.group(1);
        if (qualifier.startsWith("$")) {
            String type = source.typeOf(qualifier, ruleStart).orElse(qualifier);
            return unknownMember(type(source, type), type, name);
        }
        return unknownConstant(type(source, qualifier), qualifier, name);
    }

    private static String unknownConstant(Class<?> type, String typeName, String name) {
        if (type == null) {
            return "'" + name + "' is not known in " + typeName + " (" + typeName + "." + name + ")";
        }
        List<String> constants = type.isEnum()
                ? Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()
                : Arrays.stream(type.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
                        .map(Field::getName).toList();
        List<String> meant = DrlSource.similar(name, constants).stream().map(c -> typeName + "." + c).toList();
        return "'" + name + "' is not a known " + words(typeName) + " (" + typeName + "." + name + ")"
                + (meant.isEmpty() ? "" : "; did you mean " + or(meant) + "?");
    }

    private static String unknownMember(Class<?> type, String typeName, String name) {
        if (type == null) {
            return "'" + name + "' is not a field of " + typeName;
        }
        Set<String> members = new LinkedHashSet<>();
        if (type.isRecord()) {
            Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(members::add);
        }
        Arrays.stream(type.getMethods()).filter(method -> method.getDeclaringClass() != Object.class)
                .map(Method::getName).forEach(members::add);
        return "'" + name + "' is not a field of " + typeName + didYouMean(name, members);
    }

    /** {@code new Cadence(Role, int)} when Cadence takes three values: say what it takes. */
    private String constructor(DrlSource source, String typeName, String given) {
        Class<?> type = type(source, typeName);
        int count = given.isBlank() ? 0 : given.split(",").length;
        String values = count == 1 ? "1 value" : count + " values";
        String start = "new " + typeName + "(...) is given " + values + " (" + simple(given) + ")";
        if (type == null) {
            return start + ", which it does not take";
        }
        List<String> takes = Stream.of(type.getConstructors())
                .sorted(Comparator.comparing((Constructor<?> c) -> !isCanonical(type, c)))
                .map(c -> Arrays.stream(c.getParameters()).map(Parameter::getName).collect(Collectors.joining(", ")))
                .distinct().toList();
        return start + ", but it takes " + takes.stream().map(t -> "(" + t + ")").collect(Collectors.joining(" or "));
    }

    private static boolean isCanonical(Class<?> type, Constructor<?> constructor) {
        return type.isRecord() && Arrays.equals(constructor.getParameterTypes(),
                Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray());
    }

    private Class<?> type(DrlSource source, String simpleName) {
        String name = source.imports().get(simpleName);
        Class<?> type = name == null ? null : load(name);
        return type != null ? type : load("java.lang." + simpleName);
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    // --------------------------------------------------------------------------------------------- the list

    private void add(String file, int line, String message, String detail) {
        errors.add(new Located(new CompileError(file, line, message, clean(detail)), 0, false));
    }

    /**
     * What staff should read: each mistake once, at its line, in file and line order. Dropped: what Drools
     * says after the parser's first error in a file, errors without a line in a file that has located ones
     * ("Parser returned a null Package"), and, in a statement with a Java syntax error, the errors it causes
     * ("The constructor Cadence(Role, int) is undefined" after a missing comma).
     */
    private List<CompileError> finish() {
        parserMistakes();
        List<Located> syntax = errors.stream().filter(Located::syntax).toList();
        Set<String> filesWithLines = errors.stream().filter(e -> e.error().line() > 0)
                .map(e -> e.error().file()).collect(Collectors.toSet());
        Map<String, CompileError> kept = new LinkedHashMap<>();
        for (Located located : errors) {
            CompileError error = located.error();
            if (isFollowOn(located) && syntax.stream().anyMatch(s -> s.error().file().equals(error.file())
                    && sameStatement(sources.get(error.file()), s.javaLine(), located.javaLine()))) {
                continue;
            }
            if (error.line() <= 0 && filesWithLines.contains(error.file())) {
                continue;
            }
            kept.putIfAbsent(error.file() + ":" + error.line() + ":" + error.message(), error);
        }
        return kept.values().stream()
                .sorted(Comparator.comparing(CompileError::file).thenComparingInt(CompileError::line))
                .toList();
    }

    /** What the Java compiler says about a call whose arguments a syntax error broke. */
    private static boolean isFollowOn(Located located) {
        return located.javaLine() > 0 && !located.syntax() && Stream.of(NO_CONSTRUCTOR, NO_METHOD, MISMATCH)
                .anyMatch(pattern -> pattern.matcher(located.error().detail()).matches());
    }

    /** No line from the first to the one before the last ends a statement with ';'. */
    private static boolean sameStatement(DrlSource source, int one, int other) {
        if (source == null) {
            return one == other;
        }
        for (int line = Math.min(one, other); line < Math.max(one, other); line++) {
            if (source.line(line).replaceAll("//.*", "").strip().endsWith(";")) {
                return false;
            }
        }
        return true;
    }

    private String fileOf(String path) {
        return path == null ? ruleSet : path;
    }

    /** The name a Java problem is about, to find its line by: {@code "90"}, {@code KEE}, {@code $mm}, {@code nme}. */
    private static String nameIn(String text) {
        for (Pattern pattern : List.of(DELETE_TOKEN, OTHER_TOKEN, NOT_A_TYPE, NOT_A_FIELD, NOT_RESOLVED, NO_METHOD,
                NO_CONSTRUCTOR)) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Drools' text on one line, without the carets under it or a stack trace. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        return text.split("Stack trace:", 2)[0].lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.matches("\\^+"))
                .collect(Collectors.joining(" "));
    }

    private static String didYouMean(String name, Collection<String> candidates) {
        List<String> meant = DrlSource.similar(name, candidates);
        return meant.isEmpty() ? "" : "; did you mean " + or(meant) + "?";
    }

    private static String or(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    private static String quoted(List<String> names) {
        return or(names.stream().map(n -> "'" + n + "'").toList());
    }

    /** {@code InteractionKind} reads as "interaction kind". */
    private static String words(String typeName) {
        return typeName.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    /** {@code java.math.BigDecimal, int} reads as {@code BigDecimal, int}. */
    private static String simple(String types) {
        return types.replaceAll("[\\w$]+\\.(?=[\\w$])", "");
    }
}
