package org.convenor.fees;

import java.math.BigDecimal;

/**
 * The outcome the rules chose for one member, once every step is known: which of waiver, Global South,
 * missing information and the fee due wins is decided by the conditions in {@code outcome.drl}.
 *
 * @param amount what is owed or quoted; {@code null} when no amount can be decided
 * @param reason the conclusion a person reads last among the member's reasons; {@code null} for none
 */
public record FeeOutcome(String memberId, AssessmentStatus status, boolean feePayable, BigDecimal amount,
        boolean quote, ExemptionKind exemption, String reason) implements FeeStep {

    public static FeeOutcome notAssessed(String memberId) {
        return new FeeOutcome(memberId, AssessmentStatus.NOT_ASSESSED, false, null, false, null, null);
    }

    public static FeeOutcome exempt(String memberId, ExemptionKind kind, boolean quote, String reason) {
        return new FeeOutcome(memberId, AssessmentStatus.ASSESSED, false, BigDecimal.ZERO, quote, kind, reason);
    }

    public static FeeOutcome needsInformation(String memberId, boolean quote, String reason) {
        return new FeeOutcome(memberId, AssessmentStatus.NEEDS_INFORMATION, false, null, quote, null, reason);
    }

    /** A fee owed, or for a prospect only quoted; nothing is payable when the amount is zero. */
    public static FeeOutcome due(String memberId, BigDecimal amount, boolean quote) {
        String reason = quote ? Amounts.text(amount) + " would be due as a partner."
                : Amounts.text(amount) + " is due.";
        return new FeeOutcome(memberId, AssessmentStatus.ASSESSED, !quote && amount.signum() > 0, amount, quote, null,
                reason);
    }
}
