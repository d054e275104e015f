package org.convenor.network.store;

import io.swagger.v3.oas.annotations.media.Schema;
import org.convenor.network.Schemas;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.convenor.network.Interaction;
import org.convenor.network.InteractionKind;

/**
 * An interaction as the store keeps it: with the id that corrects or deletes it, and who recorded it when. In a
 * body the store reads, those three are ignored: the store assigns them.
 */
public record StoredInteraction(
        @Schema(description = "Assigned by the store; ignored in a body sent") @Nullable Long id,
        @Schema(pattern = Schemas.ID) String memberId, LocalDate date, InteractionKind kind,
        @Nullable String note,
        @Schema(description = "The user who logged, imported or last corrected it; null for interactions stored "
                + "before authors were kept. Set by the service; ignored in a body sent", example = "sam")
        @Nullable String recordedBy,
        @Schema(description = "When it was recorded or last corrected; null for interactions stored before. Set by "
                + "the service; ignored in a body sent")
        @Nullable OffsetDateTime recordedAt) {

    public Interaction fact() {
        return new Interaction(memberId, date, kind, note);
    }
}
