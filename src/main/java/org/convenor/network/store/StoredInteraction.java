package org.convenor.network.store;

import io.swagger.v3.oas.annotations.media.Schema;
import org.convenor.network.Schemas;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

import org.convenor.network.Interaction;
import org.convenor.network.InteractionKind;

/** An interaction as the store keeps it: with the id that deletes it. In a body the store reads, the id is ignored. */
public record StoredInteraction(
        @Schema(description = "Assigned by the store; ignored in a body sent") @Nullable Long id,
        @Schema(pattern = Schemas.ID) String memberId, LocalDate date, InteractionKind kind,
        @Nullable String note) {

    public Interaction fact() {
        return new Interaction(memberId, date, kind, note);
    }
}
