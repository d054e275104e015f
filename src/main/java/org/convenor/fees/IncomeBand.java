package org.convenor.fees;

import java.math.BigDecimal;

/**
 * One row of the fee table: organisations with income from {@code from} (inclusive) up to {@code below}
 * (exclusive; {@code null} means no upper limit) pay {@code fee}.
 */
public record IncomeBand(BigDecimal from, BigDecimal below, BigDecimal fee) {

    public IncomeBand(long from, Long below, long fee) {
        this(BigDecimal.valueOf(from), below == null ? null : BigDecimal.valueOf(below), BigDecimal.valueOf(fee));
    }

    public String label() {
        return below == null ? Amounts.text(from) + " and over" : Amounts.text(from) + " to under " + Amounts.text(below);
    }
}
