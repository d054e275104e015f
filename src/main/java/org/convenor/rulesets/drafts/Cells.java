package org.convenor.rulesets.drafts;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.convenor.engine.compile.DrlSource.Kind;
import org.convenor.engine.compile.DrlSource.Token;
import org.convenor.rulesets.drafts.PolicyTable.Column;
import org.convenor.rulesets.drafts.PolicyTable.ColumnType;
import org.convenor.rulesets.drafts.TableSource.ColumnFormat;
import org.jspecify.annotations.Nullable;

/**
 * A table cell's value three ways: as the DRL writes it ({@code 60}, {@code 1000000L}, {@code "0.005"},
 * {@code Role.JOURNALIST}, {@code null}), as the API and the pages show it (a number, text, a choice's name), and as
 * the record's constructor takes it. Only plain values make a table: a cell that computes anything is not one.
 */
final class Cells {

    private static final Set<Class<?>> WHOLE = Set.of(int.class, Integer.class, long.class, Long.class);
    private static final Set<Class<?>> BOXED = Set.of(Integer.class, Long.class, Double.class, Boolean.class);
    private static final Pattern INTEGRAL = Pattern.compile("-?\\d+");
    private static final int MAX_TEXT = 1000;

    private Cells() {
    }

    enum LiteralKind { NUMBER, TEXT, CONSTANT, NULL, BOOLEAN }

    /** A cell as written: for a CONSTANT, {@code text} is the constant and {@code enumName} the enum as written. */
    record Literal(LiteralKind kind, String text, @Nullable String enumName) {

        boolean longSuffix() {
            return kind == LiteralKind.NUMBER && (text.endsWith("L") || text.endsWith("l"));
        }

        boolean whole() {
            return kind == LiteralKind.NUMBER && INTEGRAL.matcher(digits()).matches();
        }

        /** The number without its {@code L}, {@code d} or {@code f} and without underscores. */
        String digits() {
            String plain = text.replace("_", "");
            return plain.matches(".*[LlDdFf]") ? plain.substring(0, plain.length() - 1) : plain;
        }
    }

    /** The tokens between two commas, if they are one plain value. */
    static Optional<Literal> literal(List<Token> tokens, Map<String, String> imports) {
        if (tokens.size() == 1) {
            Token t = tokens.get(0);
            return switch (t.kind()) {
                case NUMBER -> Optional.of(new Literal(LiteralKind.NUMBER, t.text(), null));
                case STRING -> t.text().startsWith("\"") ? unquote(t.text())
                        .map(text -> new Literal(LiteralKind.TEXT, text, null)) : Optional.empty();
                case WORD -> switch (t.text()) {
                    case "null" -> Optional.of(new Literal(LiteralKind.NULL, "null", null));
                    case "true", "false" -> Optional.of(new Literal(LiteralKind.BOOLEAN, t.text(), null));
                    default -> Optional.empty();
                };
                default -> Optional.empty();
            };
        }
        if (tokens.size() == 2 && tokens.get(0).text().equals("-") && tokens.get(1).kind() == Kind.NUMBER) {
            return Optional.of(new Literal(LiteralKind.NUMBER, "-" + tokens.get(1).text(), null));
        }
        if (tokens.size() == 3 && tokens.get(0).kind() == Kind.WORD && tokens.get(1).text().equals(".")
                && tokens.get(2).kind() == Kind.WORD && imports.containsKey(tokens.get(0).text())) {
            return Optional.of(new Literal(LiteralKind.CONSTANT, tokens.get(2).text(), tokens.get(0).text()));
        }
        return Optional.empty();
    }

    /** Whether a parameter of this type takes this value as written, the enum resolved from the file's imports. */
    static boolean accepts(Class<?> parameter, Literal literal, Map<String, String> imports) {
        return switch (literal.kind()) {
            case NUMBER -> parameter == int.class || parameter == Integer.class
                    ? literal.whole() && !literal.longSuffix()
                    : parameter == long.class || parameter == Long.class ? literal.whole()
                    : parameter == double.class || parameter == Double.class;
            case TEXT -> parameter == String.class;
            case NULL -> BOXED.contains(parameter);
            case BOOLEAN -> parameter == boolean.class || parameter == Boolean.class;
            case CONSTANT -> parameter.isEnum() && parameter.getName().equals(imports.get(literal.enumName()))
                    && choices(parameter).contains(literal.text());
        };
    }

    /** What staff enter in a column: by the parameter, or for text by what the record keeps it as (0.005 as text). */
    static Optional<ColumnType> typeOf(Class<?> parameter, @Nullable Class<?> component) {
        if (WHOLE.contains(parameter)) {
            return Optional.of(ColumnType.INTEGER);
        } else if (parameter == double.class || parameter == Double.class) {
            return Optional.of(ColumnType.DECIMAL);
        } else if (parameter == boolean.class || parameter == Boolean.class) {
            return Optional.of(ColumnType.BOOLEAN);
        } else if (parameter.isEnum()) {
            return Optional.of(ColumnType.CHOICE);
        } else if (parameter == String.class) {
            return Optional.of(component == BigDecimal.class || component == double.class ? ColumnType.DECIMAL
                    : component != null && WHOLE.contains(component) ? ColumnType.INTEGER : ColumnType.TEXT);
        }
        return Optional.empty();
    }

    static boolean optional(Class<?> parameter) {
        return BOXED.contains(parameter);
    }

    static List<String> choices(Class<?> enumType) {
        return java.util.Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }

    /** The value the API shows for a cell as written; empty if it does not read as its column's type. */
    static Optional<Object> valueOf(Literal literal, ColumnType type) {
        try {
            return switch (literal.kind()) {
                case NULL -> Optional.empty();
                case BOOLEAN -> Optional.of(Boolean.valueOf(literal.text()));
                case CONSTANT -> Optional.of(literal.text());
                case NUMBER -> Optional.of(type == ColumnType.INTEGER ? (Object) Long.valueOf(literal.digits())
                        : new BigDecimal(literal.digits()));
                case TEXT -> Optional.of(type == ColumnType.DECIMAL ? new BigDecimal(literal.text())
                        : type == ColumnType.INTEGER ? Long.valueOf(literal.text()) : literal.text());
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A value sent for a cell, checked against its column; @throws IllegalArgumentException saying what is wanted */
    static @Nullable Object checked(@Nullable Object input, Column column, ColumnFormat format) {
        if (input == null) {
            if (!column.optional()) {
                throw new IllegalArgumentException("fill it in: " + column.name() + " cannot be empty");
            }
            return null;
        }
        return switch (column.type()) {
            case INTEGER -> whole(input, format.parameter());
            case DECIMAL -> decimal(input);
            case BOOLEAN -> input instanceof Boolean yes ? yes : refuse("true or false", input);
            case TEXT -> text(input);
            case CHOICE -> input instanceof String choice && column.choices().contains(choice) ? choice
                    : refuse("one of the column's choices (" + shortList(column.choices()) + ")", input);
        };
    }

    private static Long whole(Object input, Class<?> parameter) {
        BigInteger value = input instanceof Integer || input instanceof Long || input instanceof Short
                ? BigInteger.valueOf(((Number) input).longValue()) : input instanceof BigInteger big ? big : null;
        if (value == null) {
            return refuse("a whole number", input);
        }
        boolean small = parameter == int.class || parameter == Integer.class;
        BigInteger max = BigInteger.valueOf(small ? Integer.MAX_VALUE : Long.MAX_VALUE);
        BigInteger min = BigInteger.valueOf(small ? Integer.MIN_VALUE : Long.MIN_VALUE);
        if (value.compareTo(max) > 0 || value.compareTo(min) < 0) {
            throw new IllegalArgumentException("a whole number from " + min + " to " + max + ", not " + value);
        }
        return value.longValue();
    }

    private static BigDecimal decimal(Object input) {
        if (input instanceof BigDecimal big) {
            return big;
        } else if (input instanceof Double || input instanceof Float) {
            double d = ((Number) input).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : refuse("a number", input);
        } else if (input instanceof Integer || input instanceof Long || input instanceof BigInteger) {
            return new BigDecimal(input.toString());
        }
        return refuse("a number", input);
    }

    private static String text(Object input) {
        if (!(input instanceof String text) || text.isBlank()) {
            return refuse("some text", input);
        }
        if (text.length() > MAX_TEXT || text.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            throw new IllegalArgumentException("one line of text, at most " + MAX_TEXT + " characters");
        }
        return text;
    }

    private static <T> T refuse(String wanted, Object input) {
        String shown = input instanceof String text ? "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                + "'" : String.valueOf(input);
        throw new IllegalArgumentException(wanted + ", not " + shown);
    }

    private static String shortList(List<String> choices) {
        return choices.size() <= 12 ? String.join(", ", choices)
                : String.join(", ", choices.subList(0, 6)) + ", … " + choices.get(choices.size() - 1);
    }

    /**
     * What a form's text field means in a column: a number where the column holds numbers, a choice's name
     * whatever its case or with its enum's name before it ({@code Country.uy}), null when empty. Text that is none
     * of these is passed on as it is, for {@link #checked} to refuse saying why.
     */
    static @Nullable Object fromText(@Nullable String text, Column column) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return switch (column.type()) {
                case INTEGER -> INTEGRAL.matcher(trimmed).matches() ? new BigInteger(trimmed) : trimmed;
                case DECIMAL -> new BigDecimal(trimmed);
                case BOOLEAN -> trimmed.equals("true") || trimmed.equals("false") ? Boolean.valueOf(trimmed) : trimmed;
                case TEXT -> text;
                case CHOICE -> {
                    String name = trimmed.substring(trimmed.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
                    yield column.choices().contains(name) ? name : trimmed;
                }
            };
        } catch (NumberFormatException e) {
            return trimmed;
        }
    }

    /** The value as the DRL writes it in this column. */
    static String write(@Nullable Object value, ColumnFormat format) {
        Class<?> parameter = format.parameter();
        if (value == null) {
            return "null";
        } else if (parameter.isEnum()) {
            return format.enumName() + "." + value;
        } else if (parameter == String.class) {
            return quote(value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
        } else if (parameter == long.class || parameter == Long.class) {
            return value + (format.longSuffix() ? "L" : "");
        } else if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    /** The value as the record's constructor (or factory) takes it. */
    static @Nullable Object argument(@Nullable Object value, Class<?> parameter) {
        if (value == null) {
            return null;
        } else if (parameter.isEnum()) {
            return enumConstant(parameter, (String) value);
        } else if (parameter == String.class) {
            return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        } else if (parameter == int.class || parameter == Integer.class) {
            return ((Long) value).intValue();
        } else if (parameter == double.class || parameter == Double.class) {
            return ((BigDecimal) value).doubleValue();
        }
        return value;
    }

    static Object enumConstant(Class<?> enumType, String name) {
        for (Object constant : enumType.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(enumType.getSimpleName() + " has no " + name);
    }

    /** Whether two values are the same: a number whatever its scale (0.10 is 0.1). */
    static boolean same(@Nullable Object one, @Nullable Object other) {
        if (one instanceof BigDecimal a && other instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return java.util.Objects.equals(one, other);
    }

    private static Optional<String> unquote(String quoted) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < quoted.length() - 1; i++) {
            char c = quoted.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char next = quoted.charAt(++i);
            switch (next) {
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                case '"', '\'', '\\' -> text.append(next);
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(text.toString());
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
