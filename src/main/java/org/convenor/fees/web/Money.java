package org.convenor.fees.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** An amount as a page shows it: grouped digits, cents only when there are some, the currency's symbol if known. */
final class Money {

    private Money() {
    }

    static String text(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        String number = format.format(amount);
        if (currency == null || currency.isBlank()) {
            return number;
        }
        String symbol = Currency.getInstance(currency).getSymbol(Locale.UK);
        return symbol.equals(currency) ? number + " " + currency : symbol + number;
    }
}
