package org.convenor.console;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.convenor.validation.Dates;

/**
 * What a page's address or form was given, as typed: blank text is no value, and a word or date that cannot be
 * read is named beside its field and left off, rather than answering the whole page with an error.
 */
public final class Choices {

    private Choices() {
    }

    /** Text as typed into a field, without surrounding spaces; blank is no value. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static <E extends Enum<E>> E word(String value, Class<E> type, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
            return null;
        }
    }

    /** @return the date, or {@code otherwise} when none was given or it cannot be read (then said in errors) */
    public static LocalDate date(String value, LocalDate otherwise, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Dates.parse(value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "'" + value + "' " + e.getMessage() + "; showing " + otherwise + " instead");
            return otherwise;
        }
    }

    public static int number(String value, int otherwise) {
        try {
            return value == null ? otherwise : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
