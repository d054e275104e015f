package org.convenor.network.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.convenor.network.Interaction;
import org.convenor.network.InteractionKind;
import org.convenor.network.Member;
import org.convenor.network.MemberKind;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Tier;
import org.convenor.network.store.Locations;
import org.convenor.network.store.Received;
import org.convenor.validation.Dates;
import org.convenor.validation.FieldProblem;

/**
 * Members and interactions from CSV: the header names the contract's fields, a list cell separates its values
 * with {@code ;}, an empty cell leaves the field out. A cell that cannot be read is named by line and column,
 * in the words the JSON form uses; its row is left out of the records the checks see.
 */
public final class CsvRecords {

    static final List<String> MEMBER_COLUMNS = List.of("id", "name", "kind", "roles", "tier", "sectors", "country",
            "globalSouth", "annualIncome", "feeWaiver", "reaches", "owner", "joinedOn", "incomeCurrency");
    static final List<String> INTERACTION_COLUMNS = List.of("memberId", "date", "kind", "note");

    private CsvRecords() {
    }

    public static Received<Member> members(byte[] body) {
        return read(CsvFile.read(body, MEMBER_COLUMNS, List.of("id", "kind", "roles")), cells -> new Member(
                cells.text("id"), cells.text("name"), cells.word("kind", MemberKind.class),
                cells.words("roles", Role.class), cells.word("tier", Tier.class), cells.words("sectors", Sector.class),
                cells.text("country"), cells.bool("globalSouth"), cells.amount("annualIncome"), cells.bool("feeWaiver"),
                cells.texts("reaches"), cells.text("owner"), cells.date("joinedOn"),
                cells.text("incomeCurrency")));
    }

    /**
     * Whether a members file gives the day each joined: without the column every member it writes joins on no
     * recorded day, which the relationship rules read as "with us before anything we record".
     */
    public static boolean givesJoiningDays(byte[] body) {
        return CsvFile.header(body).contains("joinedOn");
    }

    public static Received<Interaction> interactions(byte[] body) {
        return read(CsvFile.read(body, INTERACTION_COLUMNS, List.of("memberId", "date", "kind")),
                cells -> new Interaction(cells.text("memberId"), cells.date("date"),
                        cells.word("kind", InteractionKind.class), cells.text("note")));
    }

    private static <T> Received<T> read(CsvFile file, Function<Cells, T> record) {
        List<FieldProblem> problems = new ArrayList<>(file.problems());
        List<T> records = new ArrayList<>(file.rows().size());
        int[] lines = new int[file.rows().size()];
        for (CsvFile.Row row : file.rows()) {
            Cells cells = new Cells(row, problems);
            int before = problems.size();
            T value = record.apply(cells);
            if (problems.size() == before) {
                lines[records.size()] = row.line();
                records.add(value);
            }
        }
        return new Received<>(records, problems, Locations.csv(Arrays.copyOf(lines, records.size())));
    }

    /** The cells of one row, read as the field types; what cannot be read is a problem and reads as absent. */
    private record Cells(CsvFile.Row row, List<FieldProblem> problems) {

        String text(String column) {
            return row.cells().get(column);
        }

        List<String> texts(String column) {
            String cell = text(column);
            return cell == null ? null : Arrays.stream(cell.split(";")).map(String::trim).filter(s -> !s.isEmpty())
                    .toList();
        }

        <E extends Enum<E>> E word(String column, Class<E> type) {
            String cell = text(column);
            return cell == null ? null : word(column, cell, type);
        }

        <E extends Enum<E>> List<E> words(String column, Class<E> type) {
            List<String> cells = texts(column);
            return cells == null ? null : cells.stream().map(cell -> word(column, cell, type)).toList();
        }

        private <E extends Enum<E>> E word(String column, String cell, Class<E> type) {
            try {
                return Enum.valueOf(type, cell);
            } catch (IllegalArgumentException e) {
                return unreadable(column, "'" + cell + "' is not allowed; use one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }

        Boolean bool(String column) {
            String cell = text(column);
            if (cell == null || cell.equals("true") || cell.equals("false")) {
                return cell == null ? null : Boolean.valueOf(cell);
            }
            return unreadable(column, "'" + cell + "' is not a valid true or false");
        }

        BigDecimal amount(String column) {
            String cell = text(column);
            try {
                return cell == null ? null : new BigDecimal(cell);
            } catch (NumberFormatException e) {
                return unreadable(column, "'" + cell + "' is not a valid number");
            }
        }

        LocalDate date(String column) {
            String cell = text(column);
            try {
                return cell == null ? null : Dates.parse(cell);
            } catch (IllegalArgumentException e) {
                return unreadable(column, "'" + cell + "' " + e.getMessage());
            }
        }

        private <V> V unreadable(String column, String message) {
            problems.add(new FieldProblem(column, message, row.line()));
            return null;
        }
    }
}
