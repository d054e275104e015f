package org.convenor.fees;

import java.math.BigDecimal;

/** The fee the member owes (or, for a quote, would owe). */
public record FeeDue(String memberId, BigDecimal amount, boolean quote, String reason) implements FeeStep {
}
