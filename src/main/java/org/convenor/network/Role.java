package org.convenor.network;

public enum Role {
    PARTNER, PROSPECT, JOURNALIST, POLICY_MAKER, DONOR, ALLY
}
