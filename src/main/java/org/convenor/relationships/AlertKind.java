package org.convenor.relationships;

public enum AlertKind {
    NEGLECTED, NEVER_CONTACTED, EXCLUDED, DISAGREEMENT_UNTENDED, BENEFITS_LAPSED
}
