package org.convenor.network;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.convenor.engine.Fact;

/** A recorded contact with a member. Any interaction counts as contact. */
public record Interaction(@NotBlank String memberId, @NotNull LocalDate date, @NotNull InteractionKind kind, String note)
        implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
