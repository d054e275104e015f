package org.convenor.network;

public enum MemberKind {
    ORGANISATION, PERSON
}
