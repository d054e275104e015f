package org.convenor.fees;

/**
 * The currency the exchange rates table is in (an ISO 4217 code): the convenor's currency. A convenor that names
 * no currency is taken to keep its books in this one; one that names another cannot use the table.
 */
public record RatesCurrency(String currency) {
}
