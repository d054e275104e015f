package org.convenor.fees;

/** The fee cannot be decided without this field; the rules ask rather than guess. */
public record InformationNeeded(String memberId, String field, String reason) implements FeeStep {
}
