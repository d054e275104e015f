package org.convenor.network;

public enum DeclineReason {
    PRIORITIES_ELSEWHERE, DISAGREES_WITH_APPROACH
}
