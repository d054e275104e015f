package org.convenor.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;

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

    /**
     * For reasons people read: 30,000,000 and 0.5 (what {@code new DecimalFormat("#,##0.##")} writes in the UK,
     * written by hand: a format is costly to build and not safe to share, and reasons are written per member).
     */
    public static String text(Object value) {
        if (!(value instanceof BigDecimal decimal)) {
            return String.valueOf(value);
        }
        BigDecimal rounded = plain(decimal.setScale(2, RoundingMode.HALF_EVEN));
        String digits = rounded.abs().toPlainString();
        int point = digits.indexOf('.');
        int integerDigits = point < 0 ? digits.length() : point;
        StringBuilder text = new StringBuilder(digits.length() + integerDigits / 3 + 1);
        if (rounded.signum() < 0) {
            text.append('-');
        }
        int group = integerDigits % 3 == 0 ? 3 : integerDigits % 3;
        text.append(digits, 0, group);
        for (int i = group; i < integerDigits; i += 3) {
            text.append(',').append(digits, i, i + 3);
        }
        return text.append(digits, integerDigits, digits.length()).toString();
    }
}
