package org.convenor.fees;

import java.math.BigDecimal;
import java.util.List;

/**
 * The fee decision for one member.
 *
 * @param amount what is owed (or quoted); {@code null} when no amount could be decided
 * @param quote {@code true} for a prospect: the amount it would pay, not an invoice
 */
public record FeeAssessment(String memberId, AssessmentStatus status, boolean feePayable, BigDecimal amount,
        boolean quote, ExemptionKind exemption, List<String> reasons) {
}
