package org.convenor.network;

/**
 * How two members are linked: {@code from} works at {@code to} (a person at an organisation), {@code from} was
 * introduced by {@code to}, or the two know each other (either way round).
 */
public enum LinkKind {
    WORKS_AT, INTRODUCED_BY, KNOWS
}
