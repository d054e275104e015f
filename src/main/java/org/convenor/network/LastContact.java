package org.convenor.network;

import java.time.LocalDate;

import org.convenor.engine.Fact;

/** The latest interaction with a member that counts as contact, on or before the day of the decision. */
public record LastContact(String memberId, LocalDate date, long daysSince) implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
