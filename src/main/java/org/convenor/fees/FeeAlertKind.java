package org.convenor.fees;

/** What a fee alert is about: the fee book near or over the cap, or not measurable at all. */
public enum FeeAlertKind {
    FEE_SHARE_HIGH, FEE_CAP_EXCEEDED, CONVENOR_INCOME_UNKNOWN
}
