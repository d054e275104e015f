package org.convenor.relationships;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The day the relationships are judged as of; nothing after it counts. */
public record AsOf(LocalDate date) {

    public long daysSince(LocalDate earlier) {
        return ChronoUnit.DAYS.between(earlier, date);
    }
}
