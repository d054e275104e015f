package org.convenor.network.store;

import java.util.List;

import org.convenor.validation.FieldProblem;

/**
 * Records read from one request body, ready for the checks: {@code unreadable} holds what could not be read
 * (a CSV cell that is not a date, say; those rows are not among the records), already named as sent, and
 * {@code locations} names the checks' problems as sent.
 */
record Received<T>(List<T> records, List<FieldProblem> unreadable, Locations locations) {

    static <T> Received<T> json(List<T> records, boolean single) {
        return new Received<>(records, List.of(), Locations.json(single));
    }
}
