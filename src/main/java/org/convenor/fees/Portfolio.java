package org.convenor.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.convenor.engine.Fact;
import org.jspecify.annotations.Nullable;

/**
 * The fee book measured against the convenor's income.
 *
 * @param convenorIncome {@code null} when the convenor's income is not known
 * @param share total fees as a fraction of the convenor's income; {@code null} when the income is not known
 * @param withinCap {@code null} when the income is not known
 * @param scope which members the book counts; set by the service, which knows where the members came from
 * @param notCounted partners whose fee could not be decided (missing information), so the total leaves them out
 */
public record Portfolio(BigDecimal totalFees, @Nullable BigDecimal convenorIncome, @Nullable BigDecimal share,
        @Nullable Boolean withinCap,
        FeeBookScope scope, List<String> notCounted) implements Fact {

    public Portfolio {
        notCounted = notCounted.stream().sorted().toList();
    }

    public static Portfolio of(BigDecimal totalFees, BigDecimal convenorIncome, FeePolicy policy,
            List<String> notCounted) {
        BigDecimal share = Amounts.plain(totalFees.divide(convenorIncome, 6, RoundingMode.HALF_EVEN));
        return new Portfolio(Amounts.money(totalFees), convenorIncome, share, share.compareTo(policy.capShare()) < 0,
                null, notCounted);
    }

    /** The total, without a share: the convenor's income is not known. */
    public static Portfolio unmeasured(BigDecimal totalFees, List<String> notCounted) {
        return new Portfolio(Amounts.money(totalFees), null, null, null, null, notCounted);
    }

    Portfolio in(FeeBookScope scope) {
        return new Portfolio(totalFees, convenorIncome, share, withinCap, scope, notCounted);
    }

    public String percent() {
        return Amounts.text(share.movePointRight(2)) + "%";
    }

    @Override
    public String factId() {
        return "portfolio";
    }
}
