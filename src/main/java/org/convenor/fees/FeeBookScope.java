package org.convenor.fees;

/**
 * Which members the fee book in an answer counts: only those a request carried, or every member of the
 * stored network. The cap is about the whole fee book, so a request's share is only part of the picture.
 */
public enum FeeBookScope {
    REQUEST, NETWORK
}
