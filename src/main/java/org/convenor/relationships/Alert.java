package org.convenor.relationships;

import org.convenor.engine.Fact;
import org.convenor.network.Severity;
import org.jspecify.annotations.Nullable;

/**
 * A relationship that needs tending, and what to do about it this week.
 *
 * @param daysSinceContact days since the last contact on or before {@code asOf}; {@code null} when there is none
 * @param rule the rule that raised it
 */
public record Alert(String memberId, AlertKind kind, Severity severity, @Nullable Long daysSinceContact, String message,
        String suggestedAction, String rule) implements Fact {

    /** As the rules raise it: the service adds the days since contact and the rule that raised it. */
    public static Alert raise(String memberId, AlertKind kind, Severity severity, String message, String action) {
        return new Alert(memberId, kind, severity, null, message, action, null);
    }

    Alert explained(Long days, String raisedBy) {
        return new Alert(memberId, kind, severity, days, message, suggestedAction, raisedBy);
    }

    @Override
    public String factId() {
        return memberId;
    }
}
