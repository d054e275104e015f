package org.convenor.fees;

import org.convenor.network.Severity;

/** A warning about the fee book as a whole. */
public record FeeAlert(FeeAlertKind kind, Severity severity, String message) {
}
