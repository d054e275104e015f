package org.convenor.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values in a scenario written relative to the policy tables of the rule set under test: {@code "the STANDARD
 * JOURNALIST cadence"}, {@code "the STANDARD JOURNALIST cadence + 1"}, {@code "twice the STANDARD JOURNALIST
 * cadence + 1 days before asOf"}, {@code "the intel update days before asOf"}, and inside a longer text
 * {@code "every {the STANDARD JOURNALIST cadence} days"}. A scenario written so keeps testing what it was written
 * for (an edge, an order) when staff change a number; a scenario that states the number is the one that fails.
 *
 * <p>{@code the <words>} names one number of one policy fact (a row of a table the rules insert): the words are
 * the fact's name ({@code cadence}, {@code relationship policy}), the value of its row ({@code JOURNALIST}, in
 * capitals or not, {@code POLICY_MAKER} or {@code policy maker}) and its column ({@code standard} for
 * {@code standardDays}), in any order, as many as it takes to name exactly one. Phrases are resolved when the
 * scenario runs, against the facts of the version it runs against, so a draft's scenarios read the draft's own
 * tables.
 */
public final class PolicyPhrases {

    private static final Pattern DATE = Pattern.compile("(?s)(.+?)\\s+days?\\s+before\\s+asOf");
    private static final Pattern SIGN = Pattern.compile("\\s*([+\\-−])\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:(twice)\\s+|(\\d{1,6})\\s*(?:x|×|times)\\s+)?the\\s+([A-Za-z_][A-Za-z_ ]*[A-Za-z_])");
    private static final Pattern INSIDE = Pattern.compile("\\{([^{}]+)}");
    private static final Set<String> FILLERS = Set.of("of", "for", "a", "an", "in", "per");

    private final List<Row> rows;

    /** A term of a phrase: {@code count} times a reference's value, or a number when {@code words} is null. */
    private record Term(int sign, long count, String words) {
    }

    private record Parsed(List<Term> terms, boolean date) {
    }

    /** One number of one policy fact, with the words that may name it. */
    private record Row(String table, String row, String column, BigDecimal value, Set<String> words,
            Set<String> tableWords) {
    }

    /** Where a phrase is and why it cannot be resolved. */
    public static final class PhraseException extends RuntimeException {

        private final String path;

        PhraseException(String path, String message) {
            super(message, null, false, false);
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    /** The phrases of a rule set whose policy tables inserted {@code facts}. */
    public PolicyPhrases(List<?> facts) {
        List<Row> all = new ArrayList<>();
        for (Object fact : facts) {
            if (fact != null && fact.getClass().isRecord()) {
                all.addAll(rowsOf(fact));
            }
        }
        this.rows = List.copyOf(all);
    }

    /** Whether the text is a phrase as a whole, or holds one in braces: a value this class resolves. */
    public static boolean mentions(String text) {
        if (parse(text).isPresent()) {
            return true;
        }
        Matcher inside = INSIDE.matcher(text);
        while (inside.find()) {
            if (parse(inside.group(1)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A copy of {@code node} with every phrase in it resolved; dates count back from {@code asOf}.
     *
     * @throws PhraseException naming the path of the first phrase that names no single value
     */
    public JsonNode resolve(String path, JsonNode node, JsonNode asOf) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                copy.set(field.getKey(), resolve(path + "." + field.getKey(), field.getValue(), asOf));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                copy.add(resolve(path + "[" + i + "]", node.get(i), asOf));
            }
            return copy;
        }
        if (!node.isString()) {
            return node;
        }
        String text = node.asString();
        Optional<Parsed> whole = parse(text);
        if (whole.isPresent()) {
            return value(path, text, whole.get(), asOf);
        }
        Matcher inside = INSIDE.matcher(text);
        StringBuilder result = new StringBuilder();
        boolean changed = false;
        while (inside.find()) {
            Optional<Parsed> parsed = parse(inside.group(1));
            String replacement = inside.group();
            if (parsed.isPresent()) {
                JsonNode value = value(path, inside.group(1), parsed.get(), asOf);
                replacement = value.isNumber() ? value.decimalValue().toPlainString() : value.asString();
                changed = true;
            }
            inside.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        inside.appendTail(result);
        return changed ? JsonNodeFactory.instance.stringNode(result.toString()) : node;
    }

    private JsonNode value(String path, String text, Parsed parsed, JsonNode asOf) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Term term : parsed.terms()) {
            BigDecimal value = term.words() == null ? BigDecimal.ONE : lookUp(path, text, term.words()).value();
            sum = sum.add(value.multiply(BigDecimal.valueOf(term.count() * term.sign())));
        }
        if (!parsed.date()) {
            BigDecimal plain = sum.stripTrailingZeros();
            return plain.scale() <= 0 ? JsonNodeFactory.instance.numberNode(plain.toBigIntegerExact())
                    : JsonNodeFactory.instance.numberNode(plain);
        }
        if (sum.stripTrailingZeros().scale() > 0) {
            throw new PhraseException(path, "'" + text + "' counts back " + sum.toPlainString()
                    + " days from asOf, which is not a whole number of days");
        }
        return JsonNodeFactory.instance.stringNode(base(path, text, asOf).minusDays(sum.longValueExact()).toString());
    }

    private static LocalDate base(String path, String text, JsonNode asOf) {
        if (asOf == null || asOf.isNull() || asOf.isMissingNode()) {
            throw new PhraseException(path, "'" + text + "' counts back from given.asOf, which is missing; add asOf:"
                    + " YYYY-MM-DD to given");
        }
        try {
            return LocalDate.parse(asOf.asString());
        } catch (DateTimeParseException e) {
            throw new PhraseException(path, "'" + asOf.asString() + "' (given.asOf) is not a date (YYYY-MM-DD), so '"
                    + text + "' cannot be counted back from it");
        }
    }

    /** The one number the words name, or why there is not exactly one. */
    private Row lookUp(String path, String text, String reference) {
        List<String> words = words(reference);
        List<Row> named = rows.stream().filter(row -> row.words().containsAll(words)).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        String quoted = "'the " + reference + "' (in '" + text + "')";
        if (named.isEmpty()) {
            List<Row> ofTable = rows.stream().filter(row -> words.containsAll(row.tableWords())).toList();
            if (ofTable.isEmpty()) {
                throw new PhraseException(path, quoted + " names no policy table of this rule set; its tables: "
                        + String.join("; ", tables(rows)));
            }
            Set<String> known = new LinkedHashSet<>();
            ofTable.forEach(row -> known.addAll(row.words()));
            List<String> unknown = words.stream().filter(word -> !known.contains(word)).toList();
            String table = ofTable.get(0).table();
            throw new PhraseException(path, quoted + ": the " + table + " table has no row or column "
                    + (unknown.isEmpty() ? "with all of these words" : "'" + String.join(" ", unknown) + "'")
                    + "; " + String.join("; ", tables(ofTable)));
        }
        Set<String> tables = new LinkedHashSet<>();
        Set<String> rowNames = new LinkedHashSet<>();
        Set<String> columns = new LinkedHashSet<>();
        named.forEach(row -> {
            tables.add(row.table());
            rowNames.add(row.row());
            columns.add(row.column());
        });
        StringBuilder which = new StringBuilder();
        if (tables.size() > 1) {
            which.append(" the table (").append(String.join(", ", tables)).append(")");
        }
        if (rowNames.size() > 1) {
            which.append(which.isEmpty() ? "" : " and").append(" the row (").append(String.join(", ", rowNames))
                    .append(")");
        }
        if (columns.size() > 1) {
            which.append(which.isEmpty() ? "" : " and").append(" the column (").append(String.join(", ", columns))
                    .append(")");
        }
        throw new PhraseException(path, quoted + " could mean " + named.size() + " values: name"
                + (which.isEmpty() ? " one of them more precisely" : which.toString()));
    }

    /** {@code cadence (rows JOURNALIST, PARTNER; columns key days, standard days)}, per table. */
    private static List<String> tables(List<Row> rows) {
        Map<String, Set<String>> rowNames = new LinkedHashMap<>();
        Map<String, Set<String>> columns = new LinkedHashMap<>();
        for (Row row : rows) {
            rowNames.computeIfAbsent(row.table(), t -> new LinkedHashSet<>()).add(row.row());
            columns.computeIfAbsent(row.table(), t -> new LinkedHashSet<>()).add(row.column());
        }
        List<String> described = new ArrayList<>();
        rowNames.forEach((table, names) -> {
            names.remove("");
            described.add(table + " (" + (names.isEmpty() ? "" : "rows " + String.join(", ", names) + "; ")
                    + "columns " + String.join(", ", columns.get(table)) + ")");
        });
        return described;
    }

    // ---- reading a phrase ----

    /** The phrase's terms, when the whole text is a phrase: at least one {@code the …} and nothing else but numbers. */
    static Optional<Parsed> parse(String text) {
        String rest = text.strip();
        boolean date = false;
        Matcher dated = DATE.matcher(rest);
        if (dated.matches()) {
            rest = dated.group(1).strip();
            date = true;
        }
        List<Term> terms = new ArrayList<>();
        Matcher sign = SIGN.matcher(rest);
        int at = 0;
        int next = 1;
        boolean reference = false;
        while (at <= rest.length()) {
            boolean found = sign.find(at);
            String part = rest.substring(at, found ? sign.start() : rest.length());
            Optional<Term> term = term(next, part);
            if (term.isEmpty()) {
                return Optional.empty();
            }
            reference |= term.get().words() != null;
            terms.add(term.get());
            if (!found) {
                break;
            }
            next = sign.group(1).equals("+") ? 1 : -1;
            at = sign.end();
        }
        return reference ? Optional.of(new Parsed(terms, date)) : Optional.empty();
    }

    private static Optional<Term> term(int sign, String part) {
        if (NUMBER.matcher(part).matches()) {
            return Optional.of(new Term(sign, Long.parseLong(part), null));
        }
        Matcher reference = REFERENCE.matcher(part);
        if (!reference.matches()) {
            return Optional.empty();
        }
        long count = reference.group(1) != null ? 2 : reference.group(2) != null ? Long.parseLong(reference.group(2)) : 1;
        return Optional.of(new Term(sign, count, reference.group(3).strip()));
    }

    /** {@code STANDARD  POLICY_MAKER} is {@code [standard, policy, maker]}; the little words are left out. */
    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s_]+"))
                .filter(word -> !word.isEmpty() && !FILLERS.contains(word)).toList();
    }

    /** {@code standardDays} is {@code [standard, days]}. */
    private static List<String> camelWords(String name) {
        return words(name.replaceAll("([a-z0-9])([A-Z])", "$1 $2"));
    }

    // ---- the facts' numbers ----

    private static List<Row> rowsOf(Object fact) {
        Class<?> type = fact.getClass();
        List<String> tableWords = camelWords(type.getSimpleName());
        String table = String.join(" ", tableWords);
        Set<String> keyWords = new LinkedHashSet<>();
        List<String> key = new ArrayList<>();
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        for (var component : type.getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(fact);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            Optional<BigDecimal> number = number(value);
            if (number.isPresent()) {
                numbers.put(component.getName(), number.get());
            } else if (value instanceof Enum<?> || value instanceof String || value instanceof Boolean) {
                keyWords.addAll(camelWords(component.getName()));
                keyWords.addAll(words(value instanceof Enum<?> constant ? constant.name() : value.toString()));
                key.add(value instanceof Enum<?> constant ? constant.name() : value.toString());
            }
        }
        List<Row> rows = new ArrayList<>();
        numbers.forEach((column, value) -> {
            Set<String> words = new LinkedHashSet<>(tableWords);
            words.addAll(keyWords);
            words.addAll(camelWords(column));
            rows.add(new Row(table, String.join(" ", key), String.join(" ", camelWords(column)), value, words,
                    Set.copyOf(tableWords)));
        });
        return rows;
    }

    private static Optional<BigDecimal> number(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (value instanceof Double || value instanceof Float) {
            return Optional.of(BigDecimal.valueOf(((Number) value).doubleValue()));
        }
        return Optional.empty();
    }
}
