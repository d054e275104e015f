package org.convenor.network;

public enum Tier {
    KEY, STANDARD
}
