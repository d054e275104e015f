package org.convenor.network;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A political moment a campaign works towards: a Security Council vote, a summit, a donors' conference
 * (handbook, "political opportunities and moments").
 */
public record Moment(@Schema(example = "2027-02-18") LocalDate on,
        @Schema(example = "Security Council vote on renewing the cross-border mandate") String what) {
}
