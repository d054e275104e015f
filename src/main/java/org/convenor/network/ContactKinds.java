package org.convenor.network;

import java.util.EnumSet;
import java.util.Set;

/** A policy table: the kinds of interaction a rule set counts as being in touch with a member. */
public record ContactKinds(Set<InteractionKind> kinds) {

    public ContactKinds {
        kinds = Set.copyOf(kinds);
    }

    public static ContactKinds of(InteractionKind first, InteractionKind... rest) {
        return new ContactKinds(EnumSet.of(first, rest));
    }
}
