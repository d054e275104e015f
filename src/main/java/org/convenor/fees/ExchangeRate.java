package org.convenor.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One row of the exchange rates table: {@code perConvenorUnit} units of {@code currency} (an ISO 4217 code) buy
 * one unit of the currency the table is in ({@link RatesCurrency}), as published rates are written: 164 KES to the
 * pound, so staff copy a source's figure rather than work out its inverse.
 */
public record ExchangeRate(String currency, BigDecimal perConvenorUnit) {

    public ExchangeRate {
        if (perConvenorUnit.signum() <= 0) {
            throw new IllegalArgumentException("The rate for " + currency + " must be above zero, not "
                    + perConvenorUnit.toPlainString());
        }
    }

    /** As the policy table writes it: {@code new ExchangeRate("KES", "164.2")}, the rate exact as typed. */
    public ExchangeRate(String currency, String perConvenorUnit) {
        this(currency, new BigDecimal(perConvenorUnit));
    }

    /**
     * The amount in the table's currency, to the cent, half to even so neither way is favoured. Here and not in
     * the rule because the rules' vocabulary has no division: it would have to choose a scale and a rounding.
     */
    public BigDecimal inConvenorCurrency(BigDecimal amount) {
        return Amounts.plain(amount.divide(perConvenorUnit, 2, RoundingMode.HALF_EVEN));
    }

    /** The rate as it was written, never in exponent form, for reasons people read. */
    public String rateText() {
        return perConvenorUnit.toPlainString();
    }
}
