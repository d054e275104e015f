package org.convenor.network;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.engine.Fact;
import org.jspecify.annotations.Nullable;

/** A recorded contact with a member. Any interaction counts as contact. */
public record Interaction(@Schema(pattern = Schemas.ID) String memberId, LocalDate date, InteractionKind kind,
        @Nullable String note)
        implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
