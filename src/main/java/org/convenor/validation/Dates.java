package org.convenor.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The one date rule, on every way in (JSON, CSV, query parameters, pages): a day written {@code YYYY-MM-DD},
 * from 1900 to 2999. Java would also read {@code +99999-12-31} and {@code 0000-01-01}, which no contact or
 * coalition of ours is on, and which make "days since contact" absurd. A JSON body is read by the form alone
 * ({@link #isWellFormed}) and its days checked for the range with the rest of the request ({@link
 * Problems#date}), so one answer names every day out of range.
 */
public final class Dates {

    public static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2999, 12, 31);
    public static final String RULE = "date (YYYY-MM-DD, from 1900 to 2999)";

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Dates() {
    }

    /** A single day as typed (a CSV cell, a query parameter, a page's field), by the whole rule. */
    public static LocalDate parse(String text) {
        LocalDate day = isWellFormed(text) ? LocalDate.parse(text) : null;
        if (day == null || !inRange(day)) {
            throw new IllegalArgumentException("is not a valid " + RULE);
        }
        return day;
    }

    /** Four digits, two and two, naming a real day (not 2026-02-30). */
    public static boolean isWellFormed(String text) {
        if (text == null || !DAY.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    public static boolean inRange(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }
}
