package org.convenor.digest;

import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.network.Severity;
import org.convenor.relationships.AlertKind;
import org.jspecify.annotations.Nullable;

/**
 * One alert as its reader gets it: whom it is about, why (the rule's message), what to do, and where to act.
 *
 * @param link the member's page, built from {@code convenor.public-url}; {@code null} while that is unset
 */
public record DigestAlert(String memberId, @Nullable String memberName, AlertKind kind, Severity severity,
        @Schema(description = "Why: what the rule found") String message,
        @Schema(description = "What to do this week") String suggestedAction,
        @Schema(description = "The rule that raised it") String rule,
        @Schema(description = "The member's page in the console; null while convenor.public-url is unset")
        @Nullable String link) {

    public boolean critical() {
        return severity == Severity.CRITICAL;
    }
}
