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
        @Schema(description = "null for a confidential note the caller may not read") @Nullable String note,
        @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, defaultValue = "false", description = "The note is "
                + "read only by the member's owner, the users in its sharedWith and ADMIN")
        Boolean confidential,
        @Schema(description = "The user who logged, imported or last corrected it; null for interactions stored "
                + "before authors were kept. Set by the service; ignored in a body sent", example = "sam")
        @Nullable String recordedBy,
        @Schema(description = "When it was recorded or last corrected; null for interactions stored before. Set by "
                + "the service; ignored in a body sent")
        @Nullable OffsetDateTime recordedAt) {

    public StoredInteraction {
        confidential = Boolean.TRUE.equals(confidential);
    }

    public Interaction fact() {
        return new Interaction(memberId, date, kind, note, confidential);
    }

    /** The same, its note withheld: what a reader who may not read it gets. */
    StoredInteraction withoutNote() {
        return new StoredInteraction(id, memberId, date, kind, null, confidential, recordedBy, recordedAt);
    }
}
