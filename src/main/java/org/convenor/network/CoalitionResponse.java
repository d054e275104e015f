package org.convenor.network;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/** How an invited member answered a coalition invitation. */
public record CoalitionResponse(@Schema(pattern = Schemas.ID) String memberId, ResponseKind response,
        @Schema(description = "Only with response DECLINED") @Nullable DeclineReason reason, LocalDate date) {

    public boolean declinedInDisagreement() {
        return response == ResponseKind.DECLINED && reason == DeclineReason.DISAGREES_WITH_APPROACH;
    }
}
