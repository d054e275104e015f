package org.convenor.network;

public enum ResponseKind {
    OPTED_IN, DECLINED
}
