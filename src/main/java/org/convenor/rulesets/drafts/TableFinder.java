package org.convenor.rulesets.drafts;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.convenor.engine.compile.DrlSource;
import org.convenor.engine.compile.DrlSource.Token;
import org.convenor.engine.compile.RuleSetCompiler;
import org.convenor.engine.compile.RuleVocabulary;
import org.convenor.rulesets.drafts.Cells.Literal;
import org.convenor.rulesets.drafts.Cells.LiteralKind;
import org.convenor.rulesets.drafts.PolicyTable.Column;
import org.convenor.rulesets.drafts.PolicyTable.ColumnType;
import org.convenor.rulesets.drafts.TableSource.Cell;
import org.convenor.rulesets.drafts.TableSource.ColumnFormat;
import org.springframework.stereotype.Component;

/**
 * Finds the policy tables in a DRL file's text, so a new table needs no Java: in each rule with no conditions, a
 * run of {@code insert(new X(…));} lines of one record X, each a plain value per cell, is a ROWS table; an
 * {@code insert(X.of(…, E.A, E.B));} whose last arguments are constants of one enum E is a LIST. Only classes the
 * rule vocabulary lists are looked at, and only constructors and factories it lets rules call: a draft's text,
 * not yet through the gate, loads nothing else.
 */
@Component
class TableFinder {

    private final RuleVocabulary vocabulary;

    TableFinder(RuleSetCompiler compiler) {
        this.vocabulary = compiler.vocabulary();
    }

    /** The tables of one file, in the order they stand; ids unique within the file. */
    List<TableSource> find(String file, String text) {
        DrlSource source = new DrlSource(text);
        List<TableSource> found = new ArrayList<>();
        for (DrlSource.Block rule : source.rules()) {
            if (!rule.hasNoConditions() || rule.endIndex() < 0) {
                continue;
            }
            List<TableSource> ofRule = new ArrayList<>();
            List<List<Token>> statements = statements(source.tokens(), rule.thenIndex() + 1, rule.endIndex());
            for (int i = 0; i < statements.size(); i++) {
                Optional<Call> row = rowCall(source, statements.get(i));
                if (row.isEmpty()) {
                    listCall(source, statements.get(i)).flatMap(call -> list(source, file, rule.name(), call))
                            .ifPresent(ofRule::add);
                    continue;
                }
                List<Call> run = new ArrayList<>(List.of(row.get()));
                while (i + 1 < statements.size()) {
                    Optional<Call> next = rowCall(source, statements.get(i + 1))
                            .filter(call -> call.type().equals(run.get(0).type()));
                    if (next.isEmpty()) {
                        break;
                    }
                    run.add(next.get());
                    i++;
                }
                rows(source, file, rule.name(), run).ifPresent(ofRule::add);
            }
            for (TableSource table : ofRule) {
                String id = kebab(rule.name()) + (ofRule.size() == 1 ? ""
                        : "-" + kebab(table.maker().getDeclaringClass().getSimpleName()));
                found.add(table.withId(unique(id, found)));
            }
        }
        return found;
    }

    /** "How often each role should hear from us" is how-often-each-role-should-hear-from-us. */
    static String kebab(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        String kebab = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return kebab.isEmpty() ? "table" : kebab;
    }

    /** Two runs of one record in one rule: the second is {@code <id>-2}. */
    private static String unique(String id, List<TableSource> found) {
        String candidate = id;
        for (int n = 2; ids(found).contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private static List<String> ids(List<TableSource> found) {
        return found.stream().map(t -> t.table().id()).toList();
    }

    /** The statements between {@code then} and {@code end}, each with its closing {@code ;}. */
    private static List<List<Token>> statements(List<Token> tokens, int from, int to) {
        List<List<Token>> statements = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            current.add(t);
            depth += t.text().equals("(") ? 1 : t.text().equals(")") ? -1 : 0;
            if (depth == 0 && t.text().equals(";")) {
                statements.add(current);
                current = new ArrayList<>();
            }
        }
        return statements;
    }

    /** {@code insert(new X(a, b));} or {@code insert(X.m(a, b));}: the class as written, the method and the arguments. */
    private record Call(String type, String method, List<List<Token>> arguments, List<Token> statement) {
    }

    /** A row: {@code insert(new X(…));} alone on its line. */
    private static Optional<Call> rowCall(DrlSource source, List<Token> s) {
        int n = s.size();
        if (n < 8 || !s.get(0).text().equals("insert") || !s.get(1).text().equals("(") || !s.get(2).text().equals("new")
                || !s.get(4).text().equals("(") || !s.get(n - 3).text().equals(")") || !s.get(n - 2).text().equals(")")
                || s.stream().anyMatch(t -> t.line() != s.get(0).line()) || !aloneOnItsLine(source, s)) {
            return Optional.empty();
        }
        return arguments(s.subList(5, n - 3)).map(args -> new Call(s.get(3).text(), "new", args, s));
    }

    /** A list: {@code insert(X.m(…));}, over as many lines as it likes. */
    private static Optional<Call> listCall(DrlSource source, List<Token> s) {
        int n = s.size();
        if (n < 9 || !s.get(0).text().equals("insert") || !s.get(1).text().equals("(") || !s.get(3).text().equals(".")
                || !s.get(5).text().equals("(") || !s.get(n - 3).text().equals(")") || !s.get(n - 2).text().equals(")")
                || !aloneOnItsLine(source, s)) {
            return Optional.empty();
        }
        return arguments(s.subList(6, n - 3)).map(args -> new Call(s.get(2).text(), s.get(4).text(), args, s));
    }

    private static boolean aloneOnItsLine(DrlSource source, List<Token> s) {
        Token first = s.get(0);
        Token last = s.get(s.size() - 1);
        List<Token> all = source.tokens();
        return (first.index() == 0 || all.get(first.index() - 1).line() < first.line())
                && (last.index() + 1 >= all.size() || all.get(last.index() + 1).line() > last.line());
    }

    /** The arguments split at their commas; empty if any holds parentheses (a call, not a value). */
    private static Optional<List<List<Token>>> arguments(List<Token> inside) {
        List<List<Token>> arguments = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : inside) {
            if (t.text().equals("(") || t.text().equals(")")) {
                return Optional.empty();
            } else if (t.text().equals(",")) {
                arguments.add(current);
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        arguments.add(current);
        return arguments.stream().anyMatch(List::isEmpty) ? Optional.empty() : Optional.of(arguments);
    }

    private Optional<TableSource> rows(DrlSource source, String file, String rule, List<Call> run) {
        Optional<Class<?>> type = record(source, run.get(0).type()).filter(vocabulary::allowsConstructing);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        int width = run.get(0).arguments().size();
        List<List<Literal>> literals = new ArrayList<>();
        for (Call call : run) {
            List<Literal> row = new ArrayList<>();
            for (List<Token> argument : call.arguments()) {
                Cells.literal(argument, source.imports()).ifPresent(row::add);
            }
            if (row.size() != width || call.arguments().size() != width) {
                return Optional.empty();
            }
            literals.add(row);
        }
        Optional<Constructor<?>> constructor = Arrays.stream(type.get().getConstructors())
                .filter(c -> c.getParameterCount() == width)
                .sorted(Comparator.comparing(c -> !isCanonical(c)))
                .filter(c -> literals.stream().allMatch(row -> takes(c.getParameterTypes(), 0, row, source.imports())))
                .findFirst();
        if (constructor.isEmpty()) {
            return Optional.empty();
        }
        List<Column> columns = new ArrayList<>();
        List<ColumnFormat> formats = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            int column = j;
            Optional<Column> described = column(constructor.get(), j, literals.stream().map(row -> row.get(column))
                    .toList(), formats);
            if (described.isEmpty()) {
                return Optional.empty();
            }
            columns.add(described.get());
        }
        List<List<Cell>> cells = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            List<Cell> row = new ArrayList<>();
            for (int j = 0; j < width; j++) {
                Optional<Cell> cell = cell(source, run.get(i).arguments().get(j), literals.get(i).get(j),
                        columns.get(j).type());
                if (cell.isEmpty()) {
                    return Optional.empty();
                }
                row.add(cell.get());
            }
            cells.add(row);
            rows.add(row.stream().map(Cell::value).toList());
        }
        // One row of numbers is a row of settings (the weights); a row keyed by a choice (a role) is one of many.
        boolean settings = run.size() == 1 && columns.stream().noneMatch(c -> c.type() == ColumnType.CHOICE);
        PolicyTable table = new PolicyTable("", rule, file, PolicyTable.Kind.ROWS, settings, columns, rows);
        return Optional.of(new TableSource(table, cells, constructor.get(), List.of(), formats));
    }

    private Optional<TableSource> list(DrlSource source, String file, String rule, Call call) {
        Optional<Class<?>> type = record(source, call.type());
        List<Literal> literals = new ArrayList<>();
        for (List<Token> argument : call.arguments()) {
            Optional<Literal> literal = Cells.literal(argument, source.imports());
            if (literal.isEmpty()) {
                return Optional.empty();
            }
            literals.add(literal.get());
        }
        int leading = 0;
        while (leading < literals.size() && literals.get(leading).kind() != LiteralKind.CONSTANT) {
            leading++;
        }
        if (type.isEmpty() || leading == literals.size()) {
            return Optional.empty();
        }
        int count = leading;
        Optional<Method> factory = Arrays.stream(type.get().getMethods())
                .filter(m -> m.getName().equals(call.method()) && Modifier.isStatic(m.getModifiers()) && m.isVarArgs())
                .filter(m -> listOf(m, count, literals, source.imports()))
                .filter(vocabulary::allowsCalling).findFirst();
        if (factory.isEmpty()) {
            return Optional.empty();
        }
        Class<?> choices = factory.get().getParameterTypes()[factory.get().getParameterCount() - 1].getComponentType();
        List<Object> leadingValues = new ArrayList<>();
        for (int i = 0; i < leading; i++) {
            Class<?> parameter = factory.get().getParameterTypes()[i];
            Optional<ColumnType> kind = Cells.typeOf(parameter, null);
            Literal literal = literals.get(i);
            Optional<Object> value = kind.flatMap(k -> Cells.valueOf(literal, k));
            if (literal.kind() != LiteralKind.NULL && value.isEmpty()) {
                return Optional.empty();
            }
            leadingValues.add(value.map(v -> Cells.argument(v, parameter)).orElse(null));
        }
        Column column = new Column(listName(type.get(), choices), ColumnType.CHOICE, Cells.choices(choices), false);
        ColumnFormat format = new ColumnFormat(choices, ColumnType.CHOICE, literals.get(leading).enumName(), false);
        List<List<Cell>> cells = new ArrayList<>();
        for (int i = leading; i < literals.size(); i++) {
            Optional<Cell> cell = cell(source, call.arguments().get(i), literals.get(i), ColumnType.CHOICE);
            if (cell.isEmpty()) {
                return Optional.empty();
            }
            cells.add(List.of(cell.get()));
        }
        PolicyTable table = new PolicyTable("", rule, file, PolicyTable.Kind.LIST, false, List.of(column),
                cells.stream().map(row -> List.of(row.get(0).value())).toList());
        return Optional.of(new TableSource(table, cells, factory.get(), leadingValues, List.of(format)));
    }

    /** Whether the factory takes these arguments: plain values first, then the list (or its first and the rest). */
    private static boolean listOf(Method method, int leading, List<Literal> literals, Map<String, String> imports) {
        Class<?>[] parameters = method.getParameterTypes();
        Class<?> choice = parameters[parameters.length - 1].getComponentType();
        boolean firstAndRest = parameters.length == leading + 2 && parameters[leading] == choice;
        if (!choice.isEnum() || parameters.length != leading + 1 && !firstAndRest) {
            return false;
        }
        for (int i = 0; i < literals.size(); i++) {
            if (!Cells.accepts(i < leading ? parameters[i] : choice, literals.get(i), imports)) {
                return false;
            }
        }
        return true;
    }

    /** The name of the record's one collection, {@code codes}; else the enum's, {@code sector}. */
    private static String listName(Class<?> type, Class<?> choices) {
        List<RecordComponent> lists = Arrays.stream(type.getRecordComponents())
                .filter(c -> Collection.class.isAssignableFrom(c.getType())).toList();
        String name = choices.getSimpleName();
        return lists.size() == 1 ? lists.get(0).getName() : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean takes(Class<?>[] parameters, int from, List<Literal> row, Map<String, String> imports) {
        for (int j = 0; j < row.size(); j++) {
            if (!Cells.accepts(parameters[from + j], row.get(j), imports)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Column> column(Constructor<?> constructor, int j, List<Literal> written,
            List<ColumnFormat> formats) {
        Class<?> parameter = constructor.getParameterTypes()[j];
        RecordComponent[] components = constructor.getDeclaringClass().getRecordComponents();
        String name = constructor.getParameters()[j].isNamePresent() ? constructor.getParameters()[j].getName()
                : components.length == constructor.getParameterCount() ? components[j].getName() : "column" + (j + 1);
        Class<?> component = Arrays.stream(components).filter(c -> c.getName().equals(name))
                .map(RecordComponent::getType).findFirst().orElse(null);
        Optional<ColumnType> type = Cells.typeOf(parameter, component);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String enumName = written.stream().map(Literal::enumName).filter(java.util.Objects::nonNull).findFirst()
                .orElse(parameter.getSimpleName());
        boolean longSuffix = written.stream().filter(l -> l.kind() == LiteralKind.NUMBER).findFirst()
                .map(Literal::longSuffix).orElse(true);
        formats.add(new ColumnFormat(parameter, type.get(), enumName, longSuffix));
        return Optional.of(new Column(name, type.get(), parameter.isEnum() ? Cells.choices(parameter) : null,
                Cells.optional(parameter)));
    }

    private static Optional<Cell> cell(DrlSource source, List<Token> tokens, Literal literal, ColumnType type) {
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        if (first.line() != last.line()) {
            return Optional.empty();
        }
        Optional<Object> value = Cells.valueOf(literal, type);
        if (value.isEmpty() && literal.kind() != LiteralKind.NULL) {
            return Optional.empty();
        }
        String text = source.line(first.line()).substring(first.column(), last.endColumn());
        return Optional.of(new Cell(first.line(), first.column(), last.endColumn(), text, value.orElse(null)));
    }

    /** A record the vocabulary lists, named as the file imports it. */
    private Optional<Class<?>> record(DrlSource source, String simpleName) {
        String qualified = source.imports().get(simpleName);
        return qualified == null ? Optional.empty()
                : vocabulary.listed(qualified).filter(Class::isRecord);
    }

    private static boolean isCanonical(Constructor<?> constructor) {
        return Arrays.equals(constructor.getParameterTypes(), Arrays.stream(constructor.getDeclaringClass()
                .getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new));
    }
}
