package org.convenor.network.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntConsumer;

import org.convenor.network.Interaction;
import org.convenor.network.InteractionKind;
import org.convenor.network.Link;
import org.convenor.network.LinkKind;
import org.convenor.network.Member;
import org.convenor.network.MemberKind;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Tier;
import org.convenor.network.store.Locations;
import org.convenor.network.store.Received;
import org.convenor.validation.Dates;
import org.convenor.validation.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * Members and interactions from CSV: the header names the contract's fields, a list cell separates its values
 * with {@code ;}, an empty cell leaves the field out. Staff write a contract word as the contract does
 * ({@code POLICY_MAKER}) or as the pages show it ({@code Policy maker}), in any case, and true or false in any
 * case (JSON stays strict). A cell that cannot be read is named by line and column and its field reads as absent;
 * its row still goes through the checks, so one pass tells every problem of the file.
 */
public final class CsvRecords {

    static final List<String> MEMBER_COLUMNS = List.of("id", "name", "kind", "roles", "tier", "sectors", "country",
            "globalSouth", "annualIncome", "feeWaiver", "reaches", "owner", "joinedOn", "incomeCurrency",
            "restricted", "sharedWith", "serving", "publiclyNameable");
    static final List<String> INTERACTION_COLUMNS = List.of("memberId", "date", "kind", "note", "confidential");
    static final List<String> LINK_COLUMNS = List.of("from", "to", "kind", "title");
    /** An export's columns: the import's, after the link's id (which an import ignores). */
    public static final List<String> LINK_EXPORT_COLUMNS = List.of("id", "from", "to", "kind", "title");

    /**
     * A column of a CSV import, as the import page lists it.
     *
     * @param allowed the words a cell may hold, as the pages show them; empty when any text (or a number, a date)
     */
    public record Column(String name, boolean required, boolean list, String what, List<String> allowed) {
    }

    /** The member columns, in the header's order, with what each holds. */
    public static final List<Column> MEMBER_HELP = List.of(
            new Column("id", true, false, "letters, digits, '.', '_' or '-'; a member sent again replaces the stored one", List.of()),
            new Column("name", false, false, "the name staff know it by; a member without one is stored and named by its id", List.of()),
            new Column("kind", true, false, "one of", shown(MemberKind.class)),
            new Column("roles", true, true, "at least one of", shown(Role.class)),
            new Column("tier", false, false, "one of (empty: Standard)", shown(Tier.class)),
            new Column("sectors", false, true, "any of", shown(Sector.class)),
            new Column("country", false, false, "two letters, ISO 3166-1 (GB, KE; XK for Kosovo)", List.of()),
            new Column("globalSouth", false, false, "true or false: overrides the country's list", List.of()),
            new Column("annualIncome", false, false, "a number, in incomeCurrency (empty: the convenor's currency)", List.of()),
            new Column("feeWaiver", false, false, "true or false", List.of()),
            new Column("reaches", false, true, "target ids it has access to", List.of()),
            new Column("owner", false, false, "the username of the member's owner", List.of()),
            new Column("joinedOn", false, false, "the day it joined us, YYYY-MM-DD (empty: with us before anything we "
                    + "record)", List.of()),
            new Column("incomeCurrency", false, false, "the annual income's currency, ISO 4217 (KES, USD; empty: the "
                    + "convenor's currency)", List.of()),
            new Column("restricted", false, false, "true or false: seen only by its owner (then required), the users "
                    + "in sharedWith and ADMIN", List.of()),
            new Column("sharedWith", false, true, "usernames who may see it when restricted, and its confidential "
                    + "notes", List.of()),
            new Column("serving", false, false, "true or false: serving in an office that usually cannot sign "
                    + "(empty: not known, read as not serving)", List.of()),
            new Column("publiclyNameable", false, false, "true or false: may be named publicly (empty: not known, read "
                    + "as nameable)", List.of()));

    /** A file to start from: the header and two example rows. */
    public static final String MEMBER_TEMPLATE = String.join(",", MEMBER_COLUMNS) + "\r\n"
            + "nairobi-rights,Nairobi Rights Centre,Organisation,Partner,Key,Human rights;Legal,KE,,300000000,,,,2026-01-15,KES,,,,\r\n"
            + "amal-haddad,Amal Haddad,Person,Journalist;Ally,,Media,LB,,,,,,,,,,false,true\r\n";

    private CsvRecords() {
    }

    public static Received<Member> members(byte[] body) {
        return members(body, CsvFile.Counter.NONE::read);
    }

    /** @param read told the rows read so far, every 10,000 rows and at the end */
    public static Received<Member> members(byte[] body, IntConsumer read) {
        return read(body, MEMBER_COLUMNS, List.of("id", "kind", "roles"), read::accept, cells -> new Member(
                cells.text("id"), cells.text("name"), cells.word("kind", MemberKind.class),
                cells.words("roles", Role.class), cells.word("tier", Tier.class), cells.words("sectors", Sector.class),
                cells.text("country"), cells.bool("globalSouth"), cells.amount("annualIncome"), cells.bool("feeWaiver"),
                cells.texts("reaches"), cells.text("owner"), cells.date("joinedOn"),
                currency(cells.text("incomeCurrency")), cells.bool("restricted"), cells.texts("sharedWith"),
                cells.bool("serving"), cells.bool("publiclyNameable")));
    }

    /**
     * A currency as staff type it ("kes"): a three-letter code is the same in capitals, which JSON asks for; any
     * other text is left as typed, so a refusal quotes what they wrote.
     */
    private static @Nullable String currency(@Nullable String text) {
        String code = text == null ? null : text.strip();
        return code != null && code.length() == 3 ? code.toUpperCase(Locale.ROOT) : text;
    }

    /**
     * Whether a members file gives the day each joined: without the column every member it writes joins on no
     * recorded day, which the relationship rules read as "with us before anything we record".
     */
    public static boolean givesJoiningDays(byte[] body) {
        return CsvFile.header(body).contains("joinedOn");
    }

    public static Received<Interaction> interactions(byte[] body) {
        return interactions(body, CsvFile.Counter.NONE::read);
    }

    /** @param read told the rows read so far, every 10,000 rows and at the end */
    public static Received<Interaction> interactions(byte[] body, IntConsumer read) {
        return read(body, INTERACTION_COLUMNS, List.of("memberId", "date", "kind"), read::accept,
                cells -> new Interaction(cells.text("memberId"), cells.date("date"),
                        cells.word("kind", InteractionKind.class), cells.text("note"), cells.bool("confidential")));
    }

    /** Links; an {@code id} column, as an export has, is ignored: the store assigns ids. */
    public static Received<Link> links(byte[] body) {
        return read(body, LINK_EXPORT_COLUMNS, List.of("from", "to", "kind"), CsvFile.Counter.NONE,
                cells -> new Link(null, cells.text("from"), cells.text("to"), cells.word("kind", LinkKind.class),
                        cells.text("title")));
    }

    /** {@code Policy maker} as the pages show a contract word. */
    public static <E extends Enum<E>> List<String> shown(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(constant -> {
            String words = constant.name().replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }).map(words -> words.replace("Un security council", "UN Security Council")).toList();
    }

    private static <T> Received<T> read(byte[] body, List<String> columns, List<String> required,
            CsvFile.Counter counter, Function<Cells, T> record) {
        List<FieldProblem> problems = new ArrayList<>();
        List<T> records = new ArrayList<>();
        int[][] lines = {new int[1024]};
        List<FieldProblem> file = CsvFile.read(body, columns, required, row -> {
            if (records.size() == lines[0].length) {
                lines[0] = Arrays.copyOf(lines[0], lines[0].length * 2);
            }
            lines[0][records.size()] = row.line();
            records.add(record.apply(new Cells(row, problems)));
        }, counter);
        // The file's own problems (a row of the wrong width) come first, as when the file was read whole first.
        problems.addAll(0, file);
        return new Received<>(records, problems, Locations.csv(Arrays.copyOf(lines[0], records.size())));
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
            return cells == null ? null : cells.stream().map(cell -> word(column, cell, type)).filter(Objects::nonNull)
                    .toList();
        }

        /** The contract's word ({@code POLICY_MAKER}) or the page's ({@code Policy maker}), in any case. */
        private <E extends Enum<E>> E word(String column, String cell, Class<E> type) {
            String key = cell.strip().replaceAll("[\\s_]+", "_").toUpperCase(Locale.ROOT);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(key)) {
                    return constant;
                }
            }
            return unreadable(column, "'" + cell + "' is not allowed; use one of " + String.join(", ", shown(type))
                    + " (in any case)");
        }

        Boolean bool(String column) {
            String cell = text(column);
            if (cell == null || cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("false")) {
                return cell == null ? null : Boolean.valueOf(cell.toLowerCase(Locale.ROOT));
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
