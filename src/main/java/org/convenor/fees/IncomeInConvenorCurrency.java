package org.convenor.fees;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A member's annual income in the convenor's currency, the one the fee bands and the ceiling are measured in.
 *
 * @param reason {@code null} when the income was given in the convenor's currency without naming it: nothing to
 *     explain
 */
public record IncomeInConvenorCurrency(String memberId, BigDecimal amount, @Nullable String reason)
        implements FeeStep {
}
