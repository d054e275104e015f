package org.convenor.fees;

import java.math.BigDecimal;

import org.convenor.engine.Fact;

/** The convenor's own finances: the fee book is measured against its income. */
public record Convenor(BigDecimal annualIncome, String currency) implements Fact {

    @Override
    public String factId() {
        return "convenor";
    }
}
