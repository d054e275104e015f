package org.convenor.fees;

/** A member that owes no fee, and why. */
public record Exemption(String memberId, ExemptionKind kind, String reason) implements FeeStep {
}
