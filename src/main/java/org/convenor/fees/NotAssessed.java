package org.convenor.fees;

/** A member no fee applies to at all. */
public record NotAssessed(String memberId, String reason) implements FeeStep {
}
