package org.convenor.network.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.convenor.validation.Problems;

/**
 * Records read from one request body, ready for the checks: {@code unreadable} holds what could not be read
 * (a CSV cell that is not a date, say: its field reads as absent in the record, which the checks still see, so
 * one answer tells every problem of the file), already named as sent, and {@code locations} names the checks'
 * problems as sent.
 */
public record Received<T>(List<T> records, List<FieldProblem> unreadable, Locations locations) {

    public static <T> Received<T> json(List<T> records, boolean single) {
        return new Received<>(records, List.of(), Locations.json(single));
    }

    /** A body in the checks' own shape (a whole network, the convenor's income), read whole by the framework. */
    static <T> Received<T> whole(T record) {
        return new Received<>(List.of(record), List.of(), Locations.asChecked());
    }

    /** Runs the checks; if anything is wrong, answers one problem listing what could not be read and every check that failed. */
    void check(Consumer<Problems> checks) {
        Problems problems = new Problems();
        checks.accept(problems);
        List<FieldProblem> all = new ArrayList<>(unreadable);
        try {
            problems.throwIfAny();
        } catch (InvalidInputException e) {
            for (FieldProblem problem : e.problems()) {
                FieldProblem located = locations.locate(problem);
                // A field that could not be read reads as absent: its "required" is the same problem said twice.
                if (unreadable.stream().noneMatch(known -> Objects.equals(known.line(), located.line())
                        && Objects.equals(known.field(), located.field()))) {
                    all.add(located);
                }
            }
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
    }
}
