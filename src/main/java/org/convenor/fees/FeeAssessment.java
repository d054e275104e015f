package org.convenor.fees;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The fee decision for one member.
 *
 * @param amount what is owed (or quoted); {@code null} when no amount could be decided
 * @param quote {@code true} for a prospect: the amount it would pay, not an invoice
 */
public record FeeAssessment(String memberId, AssessmentStatus status, boolean feePayable, @Nullable BigDecimal amount,
        boolean quote, @Nullable ExemptionKind exemption, List<String> reasons) {
}
