package org.convenor.network.store;

import java.math.BigDecimal;

/** The convenor's own income, which the fee book is measured against; {@code currency} is an ISO 4217 code. */
public record ConvenorIncome(BigDecimal annualIncome, String currency) {
}
