package org.convenor.network;

import java.time.LocalDate;

/** How an invited member answered a coalition invitation. */
public record CoalitionResponse(String memberId, ResponseKind response, DeclineReason reason,
        LocalDate date) {

    public boolean declinedInDisagreement() {
        return response == ResponseKind.DECLINED && reason == DeclineReason.DISAGREES_WITH_APPROACH;
    }
}
