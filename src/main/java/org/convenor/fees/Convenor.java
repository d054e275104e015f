package org.convenor.fees;

import java.math.BigDecimal;

import org.convenor.engine.Fact;

/**
 * The convenor's own finances: the fee book is measured against its income.
 *
 * @param annualIncome {@code null} when not known: the fee book is then totalled but not measured
 */
public record Convenor(BigDecimal annualIncome, String currency) implements Fact {

    static final Convenor UNKNOWN = new Convenor(null, null);

    @Override
    public String factId() {
        return "convenor";
    }
}
