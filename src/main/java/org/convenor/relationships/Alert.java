package org.convenor.relationships;

import org.convenor.engine.Fact;
import org.convenor.network.Severity;

/**
 * A relationship that needs tending, and what to do about it this week.
 *
 * @param daysSinceContact days since the last interaction on or before {@code asOf}; {@code null} when there is none
 * @param rule the rule that raised it
 */
public record Alert(String memberId, AlertKind kind, Severity severity, Long daysSinceContact, String message,
        String suggestedAction, String rule) implements Fact {

    public static Alert raise(String memberId, AlertKind kind, Severity severity, String message, String action,
            String rule) {
        return new Alert(memberId, kind, severity, null, message, action, rule);
    }

    Alert withDaysSinceContact(Long days) {
        return new Alert(memberId, kind, severity, days, message, suggestedAction, rule);
    }

    @Override
    public String factId() {
        return memberId;
    }
}
