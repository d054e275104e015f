package org.convenor.engine.compile;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.convenor.engine.compile.DrlSource.Kind;
import org.convenor.engine.compile.DrlSource.Token;

/**
 * Plain words for what the Java compiler says about an action and what Drools says about a condition it could not
 * build. Staff write DRL, not Java: {@code Syntax error on token "90", delete this token} means a comma is missing
 * before 90. The patterns are those messages; {@link CompileErrors} reads them too, to find the line a message is
 * about.
 */
final class PlainWords {

    private static final Set<String> ACTIONS = Set.of("insert", "insertLogical", "delete", "update", "modify",
            "retract");

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

    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '(.+?)'");
    static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.*?):\\s*(?:\\n|$)",
            Pattern.DOTALL);
    static final Pattern STRICT_MODE = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.([\\w$]+)\\(\\)");
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate declaration for variable '(.+?)'");

    /** A line and what to say about it. */
    record Said(int line, String message) {
    }

    private final UnknownNames names;

    PlainWords(ClassLoader classLoader) {
        this.names = new UnknownNames(classLoader);
    }

    /** Plain words for what the Java compiler says about an action. */
    Said javaWords(DrlSource source, int line, String text) {
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
            return new Said(line, names.unknownType(source, m.group(1)));
        }
        if ((m = NOT_A_FIELD.matcher(text)).matches()) {
            return new Said(line, names.unknownQualified(source, ruleStart, line, m.group(1)));
        }
        if ((m = NOT_RESOLVED.matcher(text)).matches()) {
            return new Said(line, names.unknownName(source, ruleStart, m.group(1)));
        }
        if ((m = NO_METHOD.matcher(text)).matches()) {
            String type = m.group(3);
            if (!source.imports().containsKey(type) && type.startsWith("Rule_")) {
                return new Said(line, "'" + m.group(1) + "' is not a known action"
                        + UnknownNames.didYouMean(m.group(1), ACTIONS));
            }
            return new Said(line, names.unknownMember(names.type(source, type), type, m.group(1)));
        }
        if ((m = NO_CONSTRUCTOR.matcher(text)).matches()) {
            return new Said(line, names.constructor(source, m.group(1), m.group(2)));
        }
        if ((m = MISMATCH.matcher(text)).matches()) {
            return new Said(line, "this gives " + UnknownNames.simple(m.group(1)) + " where "
                    + UnknownNames.simple(m.group(2)) + " is needed");
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

    /** Two values side by side, in an action or a condition; on two lines, the comma belongs to the first. */
    static Said commaMissing(Token previous, Token token, boolean action) {
        String missing = action && (previous.kind() == Kind.STRING || token.kind() == Kind.STRING)
                ? "a comma or a '+'" : "a comma";
        return previous.line() == token.line()
                ? new Said(token.line(), missing + " seems to be missing before '" + token.text() + "'")
                : new Said(previous.line(), missing + " seems to be missing at the end of this line (before '"
                        + token.text() + "' on line " + token.line() + ")");
    }

    /** Plain words for a condition Drools could not build. */
    String conditionWords(DrlSource source, int ruleStart, String text) {
        Matcher m;
        if (source != null && (m = UNKNOWN_TYPE.matcher(text)).find()) {
            return names.unknownType(source, m.group(1));
        }
        if ((m = STRICT_MODE.matcher(text)).find()) {
            String owner = m.group(1);
            String name = m.group(2);
            if (name.startsWith("$") && source != null) {
                return names.unknownVariable(source, ruleStart, name);
            }
            Class<?> type = names.load(owner);
            String simple = owner.substring(owner.lastIndexOf('.') + 1);
            Matcher expression = EXPRESSION.matcher(text);
            boolean qualified = expression.find()
                    && Pattern.compile("\\b" + Pattern.quote(simple) + "\\s*\\.\\s*" + Pattern.quote(name) + "\\b")
                            .matcher(expression.group(1)).find();
            return qualified ? names.unknownConstant(type, simple, name) : names.unknownMember(type, simple, name);
        }
        if ((m = DUPLICATE.matcher(text)).find()) {
            return "'" + m.group(1) + "' is bound twice in this rule: give one of them another name";
        }
        Matcher expression = EXPRESSION.matcher(text);
        if (expression.find()) {
            return "this condition cannot be understood: " + expression.group(1).strip();
        }
        return ErrorList.clean(text).lines().findFirst().orElse(text);
    }

    /** The name a Java problem is about, to find its line by: {@code "90"}, {@code KEE}, {@code $mm}, {@code nme}. */
    static String nameIn(String text) {
        for (Pattern pattern : List.of(DELETE_TOKEN, OTHER_TOKEN, NOT_A_TYPE, NOT_A_FIELD, NOT_RESOLVED, NO_METHOD,
                NO_CONSTRUCTOR)) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** What the Java compiler says about a call, which a syntax error in its arguments can cause. */
    static boolean isAboutACall(String text) {
        return Stream.of(NO_CONSTRUCTOR, NO_METHOD, MISMATCH).anyMatch(pattern -> pattern.matcher(text).matches());
    }
}
