package org.convenor.fees;

public enum AssessmentStatus {
    ASSESSED, NOT_ASSESSED, NEEDS_INFORMATION
}
