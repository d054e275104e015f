package org.convenor.system;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV the service writes, made to be opened in a spreadsheet: a text cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read as a formula (a member named
 * {@code =HYPERLINK(...)} could send a reader's data away), so it is written behind a single quote, as OWASP's
 * "CSV injection" advice says. Numbers stay numbers: a negative amount is not a formula.
 */
public final class SpreadsheetCsv implements Closeable {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final CSVPrinter printer;

    private SpreadsheetCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** RFC 4180 (CRLF, quotes where needed) with this header row. */
    public static SpreadsheetCsv to(Writer out, List<String> header) throws IOException {
        return new SpreadsheetCsv(new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get()));
    }

    /** One row; a null cell is written empty, a {@link BigDecimal} in plain digits. */
    public void row(Object... cells) throws IOException {
        printer.printRecord(Arrays.stream(cells).map(SpreadsheetCsv::cell).toList());
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        String text = value.toString();
        if (value instanceof Number || text.isEmpty() || NUMBER.matcher(text).matches()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
