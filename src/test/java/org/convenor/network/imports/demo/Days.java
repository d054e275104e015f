package org.convenor.network.imports.demo;

import java.time.LocalDate;

/**
 * The demo's calendar. Everything is planned in days before {@link #END}, the last day of the files, because the
 * loader moves every date so that this day becomes yesterday: only the distances between days mean anything.
 */
final class Days {

    /** The last day of the files; the loader moves every date so that this day becomes yesterday. */
    static final LocalDate END = LocalDate.of(2026, 11, 25);
    /** The oldest day of the files, in days before {@link #END}: twelve months. */
    static final int OLDEST = 364;

    private Days() {
    }

    static LocalDate date(int daysAgo) {
        return END.minusDays(daysAgo);
    }

    static int daysAgo(LocalDate date) {
        return (int) (END.toEpochDay() - date.toEpochDay());
    }
}
