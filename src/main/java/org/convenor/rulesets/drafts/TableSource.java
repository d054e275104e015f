package org.convenor.rulesets.drafts;

import java.lang.reflect.Executable;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A policy table and where it stands in its file's text: what {@link TableWriter} needs to rewrite exactly its
 * lines. For a ROWS table every row is one line and {@code cells} holds that line's cells; for a LIST each row is one
 * item of the call.
 *
 * @param maker the record's constructor (ROWS) or static factory (LIST) that the DRL calls
 * @param leading for a LIST, the factory's arguments before the list (the list's name), as the factory takes them
 * @param formats how each column's values are written in the DRL
 */
record TableSource(PolicyTable table, List<List<Cell>> cells, Executable maker, List<@Nullable Object> leading,
        List<ColumnFormat> formats) {

    TableSource {
        cells = List.copyOf(cells);
        leading = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(leading));
        formats = List.copyOf(formats);
    }

    /**
     * One cell as written: on {@code line} (from 1), from column {@code from} to just before {@code to}.
     *
     * @param value as {@link PolicyTable#rows()} shows it
     */
    record Cell(int line, int from, int to, String text, @Nullable Object value) {
    }

    /**
     * How a column's values are written: the parameter type the DRL passes them as, the enum's name as the file
     * writes it ({@code Role}), and whether a long carries its {@code L}.
     */
    record ColumnFormat(Class<?> parameter, PolicyTable.ColumnType type, @Nullable String enumName,
            boolean longSuffix) {
    }

    TableSource withId(String id) {
        PolicyTable t = table;
        return new TableSource(new PolicyTable(id, t.title(), t.file(), t.kind(), t.fixedRows(), t.columns(),
                t.rows()), cells, maker, leading, formats);
    }
}
