package org.convenor.introductions;

import java.time.LocalDate;

/** The day the introductions are suggested as of; nothing after it counts. */
public record AsOf(LocalDate date) {
}
