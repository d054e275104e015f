package org.convenor.network;

public enum Severity {
    INFO, WARNING, CRITICAL
}
