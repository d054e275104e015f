package org.convenor.fees.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.convenor.fees.FeePolicy;
import org.convenor.fees.Portfolio;
import org.jspecify.annotations.Nullable;

/**
 * The fee book's share of our income on a bar, with the warning and cap lines marked where the rules put them.
 * Positions are percentages of the bar's length, whose end is half as far again as the cap (or just past the
 * share, if that is further), so both lines and the share always fit.
 *
 * @param verdict "within the cap", "close to the cap" or "over the cap"
 */
record ShareMeter(String share, int filled, String warningLabel, int warningAt, String capLabel, int capAt,
        String verdict, String level) {

    static @Nullable ShareMeter of(@Nullable Portfolio portfolio, @Nullable FeePolicy policy) {
        if (portfolio == null || portfolio.share() == null || policy == null) {
            return null;
        }
        BigDecimal share = portfolio.share();
        BigDecimal end = policy.capShare().multiply(new BigDecimal("1.5")).max(share.multiply(new BigDecimal("1.1")));
        boolean over = share.compareTo(policy.capShare()) >= 0;
        boolean close = !over && share.compareTo(policy.warningShare()) >= 0;
        return new ShareMeter(percent(share), at(share, end), percent(policy.warningShare()), at(policy.warningShare(), end),
                percent(policy.capShare()), at(policy.capShare(), end),
                over ? "over the cap" : close ? "close to the cap" : "within the cap",
                over ? "over" : close ? "close" : "within");
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(fraction.movePointRight(2).abs().compareTo(BigDecimal.TEN) < 0 ? 2 : 1,
                RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
    }

    private static int at(BigDecimal value, BigDecimal end) {
        return value.multiply(BigDecimal.valueOf(100)).divide(end, 0, RoundingMode.HALF_EVEN).min(BigDecimal.valueOf(100))
                .intValue();
    }
}
