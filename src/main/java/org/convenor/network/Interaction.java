package org.convenor.network;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.engine.Fact;
import org.jspecify.annotations.Nullable;

/** A recorded contact with a member. Any interaction counts as contact. */
public record Interaction(@Schema(pattern = Schemas.ID) String memberId, LocalDate date, InteractionKind kind,
        @Nullable String note,
        @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, defaultValue = "false", description = "The note is "
                + "read only by the member's owner, the users in its sharedWith and ADMIN; anyone else reads null")
        Boolean confidential)
        implements Fact {

    public Interaction {
        confidential = Boolean.TRUE.equals(confidential);
    }

    /** A contact whose note anyone who sees the member may read. */
    public Interaction(String memberId, LocalDate date, InteractionKind kind, @Nullable String note) {
        this(memberId, date, kind, note, false);
    }

    @Override
    public String factId() {
        return memberId;
    }
}
