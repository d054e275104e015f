package org.convenor.digest;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/**
 * One digest owed to one recipient in one slot, and how its sending went.
 *
 * @param slot the schedule's time in the office's zone, or {@code now-…} for one sent by hand
 * @param recipient a username, or {@code *team} for the team's address
 * @param lastError the kind of the last failure (exception classes only: never an address or a name)
 */
public record Delivery(String slot, String recipient, Status status, int attempts,
        @Schema(description = "The kind of the last failure, as exception class names") @Nullable String lastError,
        OffsetDateTime updatedAt) {

    public enum Status {
        /** Claimed by an instance and being sent; one left so was cut short (the instance stopped) and is not resent. */
        SENDING,
        SENT,
        /** Failed; tried again until {@code convenor.digest.max-attempts}, then left for an operator to see. */
        FAILED,
        /** The user has no email: nothing can be sent until they have one. */
        NO_ADDRESS
    }
}
