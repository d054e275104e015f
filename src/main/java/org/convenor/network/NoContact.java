package org.convenor.network;

import org.convenor.engine.Fact;

/** A member with no interaction that counts as contact on or before the day of the decision. */
public record NoContact(String memberId) implements Fact {

    @Override
    public String factId() {
        return memberId;
    }
}
