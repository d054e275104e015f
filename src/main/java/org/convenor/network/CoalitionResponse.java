package org.convenor.network;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** How an invited member answered a coalition invitation. */
public record CoalitionResponse(@NotBlank String memberId, @NotNull ResponseKind response, DeclineReason reason,
        @NotNull LocalDate date) {

    public boolean declinedInDisagreement() {
        return response == ResponseKind.DECLINED && reason == DeclineReason.DISAGREES_WITH_APPROACH;
    }
}
