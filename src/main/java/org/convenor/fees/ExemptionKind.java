package org.convenor.fees;

public enum ExemptionKind {
    GLOBAL_SOUTH, WAIVER
}
