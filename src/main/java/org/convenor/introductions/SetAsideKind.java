package org.convenor.introductions;

/** The ways a suggestion is set aside. */
public enum SetAsideKind {
    RULED_OUT, SUPERSEDED, WITHHELD
}
