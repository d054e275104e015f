package org.convenor.rulesets.drafts;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.convenor.rulesets.drafts.PolicyTable.Column;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * New rows for a table, checked and written into its file's text. Each value is checked against its column (type,
 * choices), then each row is made with the record's own constructor (or the list with its factory), so whatever
 * the record refuses is refused at the cell it names, in the record's words. Only then are the table's lines
 * rewritten ({@link TableLines}); every other byte of the file stays as it was.
 */
final class TableWriter {

    /** Far more than any policy table holds (the country list has about 130), and a bound on the pairing's work. */
    static final int MAX_ROWS = 1000;

    private TableWriter() {
    }

    /**
     * The file's text with the table holding these rows.
     *
     * @throws InvalidInputException naming {@code rows}, {@code rows[i]} or {@code rows[i][j]}
     */
    static Written write(String text, TableSource source, @Nullable List<List<@Nullable Object>> sent) {
        List<List<Object>> rows = checked(source, sent);
        return new Written(source.table().kind() == PolicyTable.Kind.ROWS ? TableLines.rows(text, source, rows)
                : TableLines.list(text, source, rows.stream().map(row -> row.get(0)).toList()), rows);
    }

    /** The file's new text, and the rows it now holds as the API shows them. */
    record Written(String text, List<List<Object>> rows) {
    }

    private static List<List<Object>> checked(TableSource source, @Nullable List<List<@Nullable Object>> sent) {
        PolicyTable table = source.table();
        List<FieldProblem> problems = new ArrayList<>();
        if (sent == null || sent.isEmpty()) {
            throw invalid("rows", "at least one row: a table without rows would no longer be a table");
        }
        if (sent.size() > MAX_ROWS) {
            throw invalid("rows", "at most " + MAX_ROWS + " rows, not " + sent.size());
        }
        if (table.fixedRows() && sent.size() != table.rows().size()) {
            throw invalid("rows", "this table is one row of settings: change its values, but keep its one row");
        }
        List<Column> columns = table.columns();
        List<List<Object>> rows = new ArrayList<>();
        Map<Object, Integer> seen = new HashMap<>();
        for (int i = 0; i < sent.size(); i++) {
            List<@Nullable Object> row = sent.get(i);
            if (row == null || row.size() != columns.size()) {
                problems.add(new FieldProblem("rows[" + i + "]", "a row has " + columns.size() + " values: "
                        + String.join(", ", columns.stream().map(Column::name).toList())));
                continue;
            }
            List<Object> values = new ArrayList<>();
            for (int j = 0; j < columns.size(); j++) {
                try {
                    values.add(Cells.checked(row.get(j), columns.get(j), source.formats().get(j)));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem(cell(i, j), e.getMessage()));
                    values.add(null);
                }
            }
            Integer before = table.kind() == PolicyTable.Kind.LIST ? seen.putIfAbsent(values.get(0), i) : null;
            if (before != null && values.get(0) != null) {
                problems.add(new FieldProblem(cell(i, 0), values.get(0) + " is already in the list (row "
                        + (before + 1) + ")"));
            }
            rows.add(values);
        }
        if (problems.isEmpty()) {
            problems.addAll(made(source, rows));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return rows;
    }

    /** What the record's constructor (or the list's factory) refuses, at the cell its message names. */
    private static List<FieldProblem> made(TableSource source, List<List<Object>> rows) {
        List<FieldProblem> problems = new ArrayList<>();
        try {
            if (source.maker() instanceof Method factory) {
                factory.invoke(null, listArguments(source, factory, rows));
                return problems;
            }
            Constructor<?> constructor = (Constructor<?>) source.maker();
            for (int i = 0; i < rows.size(); i++) {
                try {
                    Object[] arguments = new Object[rows.get(i).size()];
                    for (int j = 0; j < arguments.length; j++) {
                        arguments[j] = Cells.argument(rows.get(i).get(j), constructor.getParameterTypes()[j]);
                    }
                    constructor.newInstance(arguments);
                } catch (InvocationTargetException e) {
                    String message = String.valueOf(e.getCause().getMessage());
                    problems.add(new FieldProblem(cell(i, named(source.table().columns(), message, source, i, rows)),
                            message));
                }
            }
        } catch (InvocationTargetException e) {
            problems.add(new FieldProblem("rows", String.valueOf(e.getCause().getMessage())));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make the rows of table " + source.table().id(), e);
        }
        return problems;
    }

    private static Object[] listArguments(TableSource source, Method factory, List<List<Object>> rows) {
        Class<?>[] parameters = factory.getParameterTypes();
        Class<?> choice = parameters[parameters.length - 1].getComponentType();
        List<Object> items = rows.stream().map(row -> Cells.argument(row.get(0), choice)).toList();
        Object[] arguments = new Object[parameters.length];
        int k = 0;
        for (; k < source.leading().size(); k++) {
            arguments[k] = source.leading().get(k);
        }
        int from = 0;
        if (parameters.length == k + 2) {
            arguments[k++] = items.get(0);
            from = 1;
        }
        Object rest = Array.newInstance(choice, items.size() - from);
        for (int i = from; i < items.size(); i++) {
            Array.set(rest, i - from, items.get(i));
        }
        arguments[k] = rest;
        return arguments;
    }

    /**
     * The column a record's message is about: the first one it names ({@code standard days must be at least 1}),
     * else the first value of the row that changed, else the first.
     */
    private static int named(List<Column> columns, String message, TableSource source, int row,
            List<List<Object>> rows) {
        String lower = message.toLowerCase(Locale.ROOT);
        int best = -1;
        int at = Integer.MAX_VALUE;
        for (int j = 0; j < columns.size(); j++) {
            for (String name : List.of(columns.get(j).name().toLowerCase(Locale.ROOT), words(columns.get(j).name()))) {
                int index = lower.indexOf(name);
                if (index >= 0 && index < at) {
                    at = index;
                    best = j;
                }
            }
        }
        if (best >= 0) {
            return best;
        }
        List<List<Object>> before = source.table().rows();
        for (int j = 0; row < before.size() && j < columns.size(); j++) {
            if (!Cells.same(before.get(row).get(j), rows.get(row).get(j))) {
                return j;
            }
        }
        return 0;
    }

    /** {@code standardDays} as {@code standard days}. */
    static String words(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    static String cell(int row, int column) {
        return "rows[" + row + "][" + column + "]";
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(List.of(new FieldProblem(field, message)));
    }
}
