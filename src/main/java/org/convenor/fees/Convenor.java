package org.convenor.fees;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.engine.Fact;
import org.convenor.network.Schemas;
import org.jspecify.annotations.Nullable;

/**
 * The convenor's own finances: the fee book is measured against its income.
 *
 * @param annualIncome {@code null} when not known: the fee book is then totalled but not measured
 */
public record Convenor(
        @Schema(exclusiveMinimum = true, minimum = Schemas.NO_AMOUNT, maximum = Schemas.MAX_AMOUNT,
                description = Schemas.AMOUNT + "; left out, the fee book is totalled but not measured")
        @Nullable BigDecimal annualIncome,
        @Nullable String currency) implements Fact {

    static final Convenor UNKNOWN = new Convenor(null, null);

    @Override
    public String factId() {
        return "convenor";
    }
}
