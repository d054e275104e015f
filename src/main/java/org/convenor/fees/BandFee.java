package org.convenor.fees;

import java.math.BigDecimal;

/** The fee the member's income band sets, before the ceiling is applied. */
public record BandFee(String memberId, BigDecimal amount, String reason) implements FeeStep {
}
