package org.convenor.engine.compile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.convenor.engine.compile.ExpressionTokens.Kind;
import org.convenor.engine.compile.ExpressionTokens.Token;

/**
 * Checks one expression of a rule's conditions (a constraint, an {@code eval}, the source of a {@code from}, an
 * accumulate function's argument) against the vocabulary. Drools evaluates these with MVEL, which resolves names
 * only as it runs, so each name is resolved here instead, from the types the rule binds, and every method a name
 * reaches (a property is its accessor: {@code class} is {@code getClass()}) must be in the vocabulary. What this
 * cannot read is refused, never passed.
 */
final class ExpressionCheck {

    /** Why an expression is refused, in words for the rule's author. */
    static final class Refused extends RuntimeException {

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * What names mean where the expression stands.
     *
     * @param self the pattern's type, whose properties a constraint names bare ({@code memberId}); null outside
     *        a pattern
     * @param variables the rule's bound variables and the package's globals, with their types
     * @param types a class by the name the rule file knows it by (its imports), or null
     * @param functions the rule set's own functions, with the types they return
     */
    record Scope(Class<?> self, Map<String, Class<?>> variables, Function<String, Class<?>> types,
            Map<String, Class<?>> functions) {

        Scope in(Class<?> pattern) {
            return new Scope(pattern, variables, types, functions);
        }
    }

    /** A value, a class named for its static members, or the start of a package name still being read. */
    private record Value(Class<?> type, boolean isClass, String packagePart, boolean isNumber) {

        static Value of(Class<?> type) {
            return new Value(MemberCheck.box(type), false, null, false);
        }
    }

    private static final Set<String> RELATIONS = Set.of("==", "!=", "<", ">", "<=", ">=");
    private static final Set<String> MEMBERSHIP = Set.of("contains", "excludes", "memberOf");

    private final RuleVocabulary vocabulary;
    private final MemberCheck members;
    private final Scope scope;
    private final ExpressionTokens tokens;

    private ExpressionCheck(RuleVocabulary vocabulary, Scope scope, String text) {
        this.vocabulary = vocabulary;
        this.members = new MemberCheck(vocabulary);
        this.scope = scope;
        this.tokens = new ExpressionTokens(text);
    }

    /** Why the expression is refused, or empty when everything it names is in the vocabulary. */
    static Optional<String> check(RuleVocabulary vocabulary, Scope scope, String text) {
        try {
            ExpressionCheck check = new ExpressionCheck(vocabulary, scope, text);
            check.constraint();
            return Optional.empty();
        } catch (Refused refused) {
            return Optional.of(refused.getMessage());
        } catch (RuntimeException | LinkageError e) {
            // A type this check cannot look into (one whose own classes are missing) is refused, never passed.
            return Optional.of("the rule vocabulary cannot check this condition (" + e.getClass().getSimpleName()
                    + ")");
        }
    }

    private void constraint() {
        if (tokens.peek().kind() == Kind.NAME && (tokens.peek(1).is(":") || tokens.peek(1).is(":="))) {
            tokens.take();
            tokens.take();
        }
        value(choice());
        if (tokens.peek().kind() != Kind.END) {
            throw tokens.unreadable();
        }
    }

    private Value choice() {
        Value condition = logical();
        if (!tokens.takeIf("?")) {
            return condition;
        }
        Value yes = value(choice());
        tokens.expect(":");
        Value no = value(choice());
        return yes.type().equals(no.type()) ? yes : Value.of(Object.class);
    }

    /** Conditions joined by {@code &&} and {@code ||}, which read alike here: each side is checked. */
    private Value logical() {
        Value left = relation();
        while (tokens.takeIf("||") || tokens.takeIf("&&")) {
            relation();
            left = Value.of(Boolean.class);
        }
        return left;
    }

    /** A comparison, with Drools' words ({@code contains}, {@code in}) and half-constraints ({@code > 1 && < 5}). */
    private Value relation() {
        Value left = RELATIONS.contains(tokens.peek().text()) ? Value.of(Boolean.class) : sum();
        while (true) {
            Token token = tokens.peek();
            boolean not = token.is("not") && tokens.peek(1).kind() == Kind.NAME;
            String word = not ? tokens.peek(1).text() : token.text();
            if (token.kind() == Kind.SYMBOL && RELATIONS.contains(word) || MEMBERSHIP.contains(word)) {
                skip(not);
                value(sum());
            } else if (word.equals("in")) {
                skip(not);
                tokens.expect("(");
                do {
                    value(choice());
                } while (tokens.takeIf(","));
                tokens.expect(")");
            } else if (word.equals("instanceof")) {
                skip(not);
                typeName();
            } else if (word.equals("matches") || word.equals("soundslike") || word.equals("str")) {
                throw new Refused("rules may not use '" + word + "': a pattern can take without end to match");
            } else {
                return left;
            }
            left = Value.of(Boolean.class);
        }
    }

    private void skip(boolean not) {
        tokens.take();
        if (not) {
            tokens.take();
        }
    }

    private Value sum() {
        Value left = product();
        while (tokens.peek().is("+") || tokens.peek().is("-")) {
            boolean plus = tokens.take().is("+");
            Value right = product();
            left = plus && (value(left).type() == String.class || value(right).type() == String.class)
                    ? Value.of(String.class) : arithmetic(left, right);
        }
        return left;
    }

    private Value product() {
        Value left = unary();
        while (tokens.peek().is("*") || tokens.peek().is("/") || tokens.peek().is("%")) {
            tokens.take();
            left = arithmetic(left, unary());
        }
        return left;
    }

    private Value unary() {
        if (tokens.takeIf("!")) {
            value(unary());
            return Value.of(Boolean.class);
        }
        if (tokens.takeIf("-") || tokens.takeIf("+")) {
            return value(unary());
        }
        return postfix(primary());
    }

    private Value primary() {
        Token token = tokens.take();
        switch (token.kind()) {
            case NUMBER -> {
                return number(token.text());
            }
            case TEXT -> {
                return Value.of(String.class);
            }
            case NAME -> {
                return name(token.text());
            }
            default -> {
                if (token.is("(")) {
                    Class<?> cast = castAhead();
                    if (cast != null) {
                        value(unary());
                        return Value.of(cast);
                    }
                    Value inner = choice();
                    tokens.expect(")");
                    return inner;
                }
                throw tokens.unreadable();
            }
        }
    }

    /** A cast: a type name alone in parentheses, followed by what it casts. */
    private Class<?> castAhead() {
        int length = 0;
        StringBuilder name = new StringBuilder();
        while (tokens.peek(length).kind() == Kind.NAME && (length == 0 || tokens.peek(length - 1).is("."))) {
            name.append(tokens.peek(length).text());
            length++;
            if (tokens.peek(length).is(".")) {
                name.append('.');
                length++;
            }
        }
        Class<?> type = length > 0 && tokens.peek(length).is(")") ? scope.types().apply(name.toString()) : null;
        Token after = tokens.peek(length + 1);
        if (type == null || !(after.kind() == Kind.NAME || after.kind() == Kind.NUMBER || after.kind() == Kind.TEXT
                || after.is("("))) {
            return null;
        }
        for (int i = 0; i <= length; i++) {
            tokens.take();
        }
        return type;
    }

    private Value name(String name) {
        switch (name) {
            case "true", "false" -> {
                return Value.of(Boolean.class);
            }
            case "null" -> {
                return Value.of(Object.class);
            }
            case "this" -> {
                return Value.of(self());
            }
            case "new" -> {
                return construct();
            }
            default -> {
                return bare(name);
            }
        }
    }

    /** A name alone: a call on the pattern, a function, a variable, a property of the pattern, a class, a package. */
    private Value bare(String name) {
        if (tokens.peek().is("(")) {
            List<Value> arguments = arguments();
            if (scope.functions().containsKey(name)) {
                return Value.of(scope.functions().get(name));
            }
            if (scope.self() != null) {
                return call(scope.self(), name, arguments, false);
            }
            throw new Refused("rules may not call " + name + " here");
        }
        if (scope.variables().containsKey(name)) {
            return Value.of(scope.variables().get(name));
        }
        // A capital names a class (Role.PARTNER), even where a getter matches it (Class is not getClass()).
        boolean capital = Character.isUpperCase(name.charAt(0));
        Class<?> type = capital ? scope.types().apply(name) : null;
        if (type == null && scope.self() != null && MemberCheck.hasProperty(scope.self(), name)) {
            return Value.of(members.property(scope.self(), name));
        }
        type = type != null || capital ? type : scope.types().apply(name);
        return type != null ? new Value(type, true, null, false) : new Value(null, false, name, false);
    }

    private Value construct() {
        Class<?> type = typeName();
        if (!tokens.peek().is("(")) {
            throw new Refused("rules may not create arrays or lists this way: write List.of(...)");
        }
        arguments();
        if (!vocabulary.allowsConstructor(type)) {
            throw new Refused("rules may not call new " + RuleVocabulary.nameOf(type) + "(...)");
        }
        return Value.of(type);
    }

    private Value postfix(Value value) {
        while (true) {
            if (tokens.takeIf(".") || tokens.takeIf("!.")) {
                value = member(value, nameToken());
            } else if (tokens.takeIf("[")) {
                value(choice());
                tokens.expect("]");
                value = index(value(value));
            } else if (tokens.takeIf("#")) {
                value(value);
                value = Value.of(typeName());
            } else {
                return value;
            }
        }
    }

    private Value member(Value on, String name) {
        if (on.packagePart() != null) {
            String qualified = on.packagePart() + "." + name;
            Class<?> type = scope.types().apply(qualified);
            return type != null ? new Value(type, true, null, false) : new Value(null, false, qualified, false);
        }
        boolean call = tokens.peek().is("(");
        if (on.isClass() && !call) {
            Class<?> nested = MemberCheck.nested(on.type(), name);
            return nested != null ? new Value(nested, true, null, false) : Value.of(members.constant(on.type(), name));
        }
        return call ? call(on.type(), name, arguments(), on.isClass()) : Value.of(members.property(on.type(), name));
    }

    private Value call(Class<?> on, String name, List<Value> arguments, boolean statics) {
        boolean lastIsNumber = !arguments.isEmpty() && arguments.get(arguments.size() - 1).isNumber();
        return Value.of(members.call(on, name, arguments.size(), lastIsNumber, statics));
    }

    private Value index(Value on) {
        if (on.type().isArray()) {
            return Value.of(on.type().getComponentType());
        }
        if (!List.class.isAssignableFrom(on.type()) && !Map.class.isAssignableFrom(on.type())) {
            throw new Refused("rules may not use [ ] on " + RuleVocabulary.nameOf(on.type()));
        }
        return call(on.type(), "get", List.of(Value.of(Object.class)), false);
    }

    private List<Value> arguments() {
        tokens.expect("(");
        List<Value> arguments = new ArrayList<>();
        if (!tokens.takeIf(")")) {
            do {
                arguments.add(value(choice()));
            } while (tokens.takeIf(","));
            tokens.expect(")");
        }
        return arguments;
    }

    private Class<?> typeName() {
        StringBuilder name = new StringBuilder(nameToken());
        while (tokens.takeIf(".")) {
            name.append('.').append(nameToken());
        }
        Class<?> type = scope.types().apply(name.toString());
        if (type == null) {
            throw new Refused("rules may not use " + name);
        }
        return type;
    }

    private String nameToken() {
        Token token = tokens.take();
        if (token.kind() != Kind.NAME) {
            throw tokens.unreadable();
        }
        return token.text();
    }

    private Class<?> self() {
        if (scope.self() == null) {
            throw new Refused("'this' means nothing here");
        }
        return scope.self();
    }

    /** A value that must be one: a package name read to its end without finding a class is not. */
    private Value value(Value value) {
        if (value.packagePart() != null) {
            throw new Refused("'" + value.packagePart() + "' is not something a rule may use");
        }
        return value;
    }

    private Value arithmetic(Value left, Value right) {
        Class<?> a = value(left).type();
        Class<?> b = value(right).type();
        for (Class<?> wider : List.of(BigDecimal.class, BigInteger.class, Double.class, Float.class, Long.class)) {
            if (a == wider || b == wider) {
                return Value.of(wider);
            }
        }
        return Value.of(Number.class.isAssignableFrom(a) ? a : Integer.class);
    }

    private static Value number(String text) {
        String lower = text.toLowerCase();
        Class<?> type = lower.endsWith("b") ? BigDecimal.class : lower.endsWith("i") ? BigInteger.class
                : lower.endsWith("l") ? Long.class
                : lower.contains(".") || lower.endsWith("d") || lower.endsWith("f")
                        || lower.contains("e") && !lower.startsWith("0x") ? Double.class : Integer.class;
        return new Value(type, false, null, true);
    }
}
