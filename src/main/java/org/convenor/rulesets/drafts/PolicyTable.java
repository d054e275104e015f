package org.convenor.rulesets.drafts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/**
 * A table staff tune, as found in a rule set's DRL: the facts a rule with no conditions inserts, one per row
 * ({@code insert(new Cadence(Role.JOURNALIST, 60, 90));}), or one list of choices
 * ({@code insert(CountryList.of("…", Country.AF, Country.BF));}). The DRL stays the one source of truth: the
 * columns come from the fact's record, the rows from the text.
 *
 * @param id the same in every version: the rule's name in kebab-case, followed by the fact's class when one rule
 *     holds two tables
 * @param title the rule's name
 * @param file the DRL file that holds it, {@code rules/<file>.drl}
 * @param kind {@code ROWS}: one fact per row, a line each; {@code LIST}: one list, a value per row
 * @param fixedRows a table of one row of settings: its values change, but no row is added or removed
 * @param columns one for a LIST
 * @param rows the values row by row, in the columns' order: a number for INTEGER and DECIMAL, the choice's name
 *     for CHOICE, text for TEXT, true or false for BOOLEAN, null where an optional cell is empty
 */
public record PolicyTable(String id, String title, String file, Kind kind, boolean fixedRows, List<Column> columns,
        @ArraySchema(schema = @Schema(implementation = Row.class)) List<List<@Nullable Object>> rows) {

    public enum Kind { ROWS, LIST }

    /** What a cell holds. */
    public enum ColumnType { INTEGER, DECIMAL, TEXT, CHOICE, BOOLEAN }

    /**
     * @param name the record component's (or constructor parameter's) name, {@code standardDays}
     * @param choices the enum's constants in their order, for a CHOICE column; null otherwise
     * @param optional the cell may be empty (null): the top income band has no upper limit
     */
    public record Column(String name, ColumnType type, @Nullable List<String> choices, boolean optional) {
    }

    /** One row of cells, for the API description only. */
    @ArraySchema(arraySchema = @Schema(description = "One row: a value per column, in the columns' order"),
            schema = @Schema(types = {"string", "number", "boolean", "null"}))
    public interface Row {
    }

    public PolicyTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
    }
}
