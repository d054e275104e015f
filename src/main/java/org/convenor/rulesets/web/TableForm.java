package org.convenor.rulesets.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.convenor.rulesets.drafts.PolicyTable;
import org.convenor.rulesets.drafts.PolicyTable.Column;
import org.convenor.rulesets.drafts.PolicyTable.ColumnType;

/**
 * A policy table as the Rules pages show it: read-only on a rule set's page, a form on a draft's. Values are text
 * as a person types them; a form sent back with a mistake shows what was sent, with the message at its cell.
 *
 * @param rows the values as text, row by row
 * @param errors the message for each cell ({@code rows[2][2]}), row ({@code rows[2]}) or the table ({@code rows})
 */
record TableForm(PolicyTable table, List<ColumnView> columns, List<List<String>> rows, Map<String, String> errors) {

    /** Beyond this many choices a select is a chore: a text field suggesting them takes its place. */
    static final int SELECT_LIMIT = 40;

    /**
     * @param label the column's name in words, {@code standard days}
     * @param input {@code number}, {@code text}, {@code select} or {@code suggest} (a text field with a list)
     */
    record ColumnView(String name, String label, String input, String step, List<String> choices, boolean optional) {
    }

    /** What a form sent back, to show again with its mistakes. */
    record Sent(String table, List<List<String>> rows, Map<String, String> errors) implements Serializable {
    }

    static TableForm of(PolicyTable table, Sent sent) {
        List<ColumnView> columns = table.columns().stream().map(TableForm::view).toList();
        if (sent != null && sent.table().equals(table.id())) {
            return new TableForm(table, columns, sent.rows(), sent.errors());
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            rows.add(row.stream().map(TableForm::text).toList());
        }
        return new TableForm(table, columns, rows, Map.of());
    }

    public String id() {
        return table.id();
    }

    public boolean list() {
        return table.kind() == PolicyTable.Kind.LIST;
    }

    /** Rows may be added and removed: a list, or a table of several rows. */
    public boolean growable() {
        return !table.fixedRows();
    }

    public String error(int row, int column) {
        return errors.get("rows[" + row + "][" + column + "]");
    }

    public String rowError(int row) {
        return errors.get("rows[" + row + "]");
    }

    public String tableError() {
        return errors.get("rows");
    }

    static String text(Object value) {
        return value == null ? "" : value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /** {@code standardDays} as {@code standard days}. */
    static String words(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static ColumnView view(Column column) {
        List<String> choices = column.choices() == null ? List.of() : column.choices();
        String input = switch (column.type()) {
            case INTEGER, DECIMAL -> "number";
            case CHOICE -> choices.size() <= SELECT_LIMIT ? "select" : "suggest";
            case BOOLEAN -> "select";
            case TEXT -> "text";
        };
        return new ColumnView(column.name(), words(column.name()), input,
                column.type() == ColumnType.INTEGER ? "1" : "any",
                column.type() == ColumnType.BOOLEAN ? List.of("true", "false") : choices, column.optional());
    }
}
