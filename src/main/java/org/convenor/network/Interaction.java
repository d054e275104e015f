package org.convenor.network;

import java.time.LocalDate;

import org.convenor.engine.Fact;

/** A recorded contact with a member. Any interaction counts as contact. */
public record Interaction(String memberId, LocalDate date, InteractionKind kind, String note)
        implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
