package org.convenor.network.store;

import io.swagger.v3.oas.annotations.media.Schema;
import org.convenor.network.Schemas;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/** The convenor's own income, which the fee book is measured against; {@code currency} is an ISO 4217 code. */
public record ConvenorIncome(
        @Schema(description = Schemas.AMOUNT + "; greater than zero", minimum = Schemas.NO_AMOUNT,
                exclusiveMinimum = true, maximum = Schemas.MAX_AMOUNT) BigDecimal annualIncome,
        @Schema(description = "An ISO 4217 code, e.g. GBP", example = "GBP") @Nullable String currency) {
}
