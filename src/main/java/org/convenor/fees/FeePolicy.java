package org.convenor.fees;

import java.math.BigDecimal;

/**
 * The percentages staff tune, as fractions (0.005 is 0.5%).
 *
 * @param ceilingShareOfIncome no member pays more than this share of its own income
 * @param warningShare the fee book at or above this share of the convenor's income raises a warning
 * @param capShare the fee book at or above this share of the convenor's income is over the cap
 */
public record FeePolicy(BigDecimal ceilingShareOfIncome, BigDecimal warningShare, BigDecimal capShare) {

    public FeePolicy(String ceilingShareOfIncome, String warningShare, String capShare) {
        this(new BigDecimal(ceilingShareOfIncome), new BigDecimal(warningShare), new BigDecimal(capShare));
    }

    /** The most a member with this income may be charged, rounded down to the cent. */
    public BigDecimal ceilingFor(BigDecimal income) {
        return Amounts.money(income.multiply(ceilingShareOfIncome));
    }
}
