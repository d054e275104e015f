package org.convenor.network.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.convenor.validation.FieldProblem;

/**
 * Where the records of one request sit in the body that was sent. The checks name a record by their own path
 * ({@code members[2].kind}, also inside messages: "also members[0]"); the answer names it as the caller sees
 * it: {@code [2].kind} in a JSON array, {@code kind} in a single JSON object, line 4 and column {@code kind} in
 * a CSV file.
 */
@FunctionalInterface
public interface Locations {

    /** A record as the checks name it, with the dot before the field that follows, if any. */
    Pattern RECORD = Pattern.compile("\\b(?:members|interactions|coalitions|campaigns|links)\\[(\\d+)](\\.)?");

    FieldProblem locate(FieldProblem problem);

    /** The body has the checks' own shape: a whole network. */
    static Locations asChecked() {
        return problem -> problem;
    }

    /** A JSON array of records, or one record on its own. */
    static Locations json(boolean single) {
        return problem -> new FieldProblem(relocate(problem.field(), single), relocate(problem.message(), single));
    }

    private static String relocate(String text, boolean single) {
        return RECORD.matcher(text).replaceAll(m -> single ? "" : "[" + m.group(1) + "]" + (m.group(2) == null ? "" : "."));
    }

    /** CSV rows: record {@code i} starts on line {@code lines[i]}; the field is its column. */
    static Locations csv(int[] lines) {
        return problem -> {
            Matcher record = RECORD.matcher(problem.field());
            if (!record.lookingAt()) {
                return problem;
            }
            String column = problem.field().substring(record.end()).split("[.\\[]", 2)[0];
            String message = RECORD.matcher(problem.message())
                    .replaceAll(m -> "line " + lines[Integer.parseInt(m.group(1))] + (m.group(2) == null ? "" : "."));
            return new FieldProblem(column.isEmpty() ? null : column, message, lines[Integer.parseInt(record.group(1))]);
        };
    }
}
