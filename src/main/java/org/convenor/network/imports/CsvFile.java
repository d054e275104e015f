package org.convenor.network.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;

/**
 * A CSV body as spreadsheets and CRMs export it (RFC 4180: quoted cells, line breaks inside quotes, CRLF or
 * LF, UTF-8 with or without a byte-order mark): a header row of field names, then one record per row. Each
 * record keeps the line it starts on, so a problem names the line a person sees in their editor.
 */
final class CsvFile {

    /** One record: its cells by column, an empty cell left out. */
    record Row(int line, Map<String, String> cells) {
    }

    /** What reading reports as it goes, for an import's progress: the rows read so far. */
    interface Counter {

        Counter NONE = rows -> { };

        void read(int rows);
    }

    private static final int COUNT_EVERY = 10_000;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();

    private CsvFile() {
    }

    /**
     * Reads the file, handing each row on as it is read (a million rows are never held as cells); a header that is
     * missing, names a column twice, names one that is not a field, or leaves out a required one is refused at once,
     * and a row whose cells do not match the header is a problem, which the answer lists.
     */
    static List<FieldProblem> read(byte[] body, List<String> columns, List<String> required, Consumer<Row> each,
            Counter counter) {
        String text = decode(body);
        List<FieldProblem> problems = new ArrayList<>();
        int rows = 0;
        int[] lineStarts = lineStarts(text);
        List<String> header = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = header(record.toList(), columns, required);
                    continue;
                }
                int line = line(text, lineStarts, (int) record.getCharacterPosition());
                if (record.toList().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (record.size() != header.size()) {
                    problems.add(new FieldProblem("", "has " + record.size() + " cells; the header has "
                            + header.size(), line));
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    if (!record.get(i).isEmpty()) {
                        cells.put(header.get(i), record.get(i));
                    }
                }
                each.accept(new Row(line, cells));
                if (++rows % COUNT_EVERY == 0) {
                    counter.read(rows);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw refused("", "is not valid CSV: " + e.getMessage(), null);
        }
        if (header == null) {
            throw refused("", "is empty: it needs a header row of " + String.join(",", columns), 1);
        }
        counter.read(rows);
        return problems;
    }

    /** The names in the header row, as written; none for an empty file (which {@link #read} refuses). */
    static List<String> header(byte[] body) {
        try (CSVParser parser = CSVParser.parse(new StringReader(decode(body)), FORMAT)) {
            for (CSVRecord record : parser) {
                return record.toList();
            }
            return List.of();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of();
        }
    }

    private static List<String> header(List<String> names, List<String> columns, List<String> required) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String name : names) {
            if (!columns.contains(name)) {
                problems.add(new FieldProblem(name, "unknown column '" + name + "'; the columns are "
                        + String.join(", ", columns), 1));
            } else if (!seen.add(name)) {
                problems.add(new FieldProblem(name, "column '" + name + "' appears twice", 1));
            }
        }
        for (String column : required) {
            if (!seen.contains(column)) {
                problems.add(new FieldProblem(column, "required column '" + column + "' is missing", 1));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return names;
    }

    /** Strict UTF-8 (a file saved in another encoding is refused, not misread), without a byte-order mark. */
    private static String decode(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw refused("", "is not UTF-8 text: save the file as CSV UTF-8", null);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Where each line starts; a line ends at CRLF, LF or CR. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The line a record starts on; blank lines the parser skipped before it do not count as its start. */
    private static int line(String text, int[] lineStarts, int position) {
        int start = position;
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        int found = Arrays.binarySearch(lineStarts, start);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    private static InvalidInputException refused(String field, String message, Integer line) {
        return new InvalidInputException(List.of(new FieldProblem(field, "The file " + message, line)));
    }
}
