package org.convenor.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.convenor.engine.Fact;

/** The whole fee book measured against the convenor's income. */
public record Portfolio(BigDecimal totalFees, BigDecimal convenorIncome, BigDecimal share, boolean withinCap)
        implements Fact {

    public static Portfolio of(BigDecimal totalFees, BigDecimal convenorIncome, FeePolicy policy) {
        BigDecimal share = Amounts.plain(totalFees.divide(convenorIncome, 6, RoundingMode.HALF_EVEN));
        return new Portfolio(Amounts.money(totalFees), convenorIncome, share, share.compareTo(policy.capShare()) < 0);
    }

    public String percent() {
        return Amounts.text(share.movePointRight(2)) + "%";
    }

    @Override
    public String factId() {
        return "portfolio";
    }
}
