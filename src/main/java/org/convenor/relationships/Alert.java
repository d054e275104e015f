package org.convenor.relationships;

import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.engine.Fact;
import org.convenor.network.Severity;
import org.jspecify.annotations.Nullable;

/**
 * A relationship that needs tending, and what to do about it this week.
 *
 * @param daysSinceContact days since the last contact on or before {@code asOf}; {@code null} when there is none
 * @param rule the rule that raised it
 * @param owner the member's owner, who should act on it; {@code null} when the member has none
 */
public record Alert(String memberId, AlertKind kind, Severity severity, @Nullable Long daysSinceContact, String message,
        String suggestedAction, String rule,
        @Schema(description = "The member's owner (a username), who should act on it; null when it has none",
                example = "sam")
        @Nullable String owner) implements Fact {

    /** As the rules raise it: the service adds the days since contact, the rule that raised it and the owner. */
    public static Alert raise(String memberId, AlertKind kind, Severity severity, String message, String action) {
        return new Alert(memberId, kind, severity, null, message, action, null, null);
    }

    Alert explained(Long days, String raisedBy, String memberOwner) {
        return new Alert(memberId, kind, severity, days, message, suggestedAction, raisedBy, memberOwner);
    }

    @Override
    public String factId() {
        return memberId;
    }
}
