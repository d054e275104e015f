package org.convenor.network.store;

import java.time.LocalDate;

import org.convenor.network.Interaction;
import org.convenor.network.InteractionKind;

/** An interaction as the store keeps it: with the id that deletes it. In a body the store reads, the id is ignored. */
public record StoredInteraction(Long id, String memberId, LocalDate date, InteractionKind kind, String note) {

    public Interaction fact() {
        return new Interaction(memberId, date, kind, note);
    }
}
