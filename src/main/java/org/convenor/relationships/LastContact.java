package org.convenor.relationships;

import java.time.LocalDate;

import org.convenor.engine.Fact;

/** The most recent interaction with a member on or before the day of the check. */
public record LastContact(String memberId, LocalDate date, long daysSince) implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
