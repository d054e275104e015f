package org.convenor.fees;

import java.math.BigDecimal;

/** The fee the member's income calls for, the ceiling applied; whether it is charged is the outcome's call. */
public record FeeDue(String memberId, BigDecimal amount, String reason) implements FeeStep {
}
