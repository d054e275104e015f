package org.convenor.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

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
 * @param restrictedIncluded how many restricted members the caller may not see the total and share count all the
 *        same; set per reader by the service
 */
public record Portfolio(BigDecimal totalFees, @Nullable BigDecimal convenorIncome, @Nullable BigDecimal share,
        @Nullable Boolean withinCap,
        FeeBookScope scope, List<String> notCounted,
        @Schema(description = "How many restricted members the caller may not see the total and share include all "
                + "the same (0 when they see every member)") int restrictedIncluded) implements Fact {

    public Portfolio {
        notCounted = notCounted.stream().sorted().toList();
    }

    public static Portfolio of(BigDecimal totalFees, BigDecimal convenorIncome, FeePolicy policy,
            List<String> notCounted) {
        BigDecimal share = Amounts.plain(totalFees.divide(convenorIncome, 6, RoundingMode.HALF_EVEN));
        return new Portfolio(Amounts.money(totalFees), convenorIncome, share, share.compareTo(policy.capShare()) < 0,
                null, notCounted, 0);
    }

    /** The total, without a share: the convenor's income is not known. */
    public static Portfolio unmeasured(BigDecimal totalFees, List<String> notCounted) {
        return new Portfolio(Amounts.money(totalFees), null, null, null, null, notCounted, 0);
    }

    Portfolio in(FeeBookScope scope) {
        return new Portfolio(totalFees, convenorIncome, share, withinCap, scope, notCounted, restrictedIncluded);
    }

    /** As a reader who may not see these members reads it: the same totals, saying how many they include. */
    Portfolio hiding(Set<String> hidden) {
        return new Portfolio(totalFees, convenorIncome, share, withinCap, scope,
                notCounted.stream().filter(id -> !hidden.contains(id)).toList(), hidden.size());
    }

    public String percent() {
        return Amounts.text(share.movePointRight(2)) + "%";
    }

    @Override
    public String factId() {
        return "portfolio";
    }
}
