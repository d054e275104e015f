package org.convenor.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts as people write them: 250, not 250.00 or 2.5E+2. */
public final class Amounts {

    private Amounts() {
    }

    /** Rounded down to the cent, so a ceiling is never exceeded, and without trailing zeros. */
    public static BigDecimal money(BigDecimal amount) {
        return plain(amount.setScale(2, RoundingMode.DOWN));
    }

    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** For reasons people read: 30,000,000 and 0.5. */
    public static String text(Object value) {
        return value instanceof BigDecimal decimal
                ? new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(decimal)
                : String.valueOf(value);
    }
}
