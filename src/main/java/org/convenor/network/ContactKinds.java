package org.convenor.network;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A policy table: the kinds of interaction a rule set counts as being in touch with a member. */
public record ContactKinds(Set<InteractionKind> kinds) {

    /** Kept as an enum set: every member's last contact walks it, and an enum set is walked fastest. */
    public ContactKinds {
        kinds = Collections.unmodifiableSet(kinds.isEmpty() ? EnumSet.noneOf(InteractionKind.class) : EnumSet.copyOf(kinds));
    }

    public static ContactKinds of(InteractionKind first, InteractionKind... rest) {
        return new ContactKinds(EnumSet.of(first, rest));
    }
}
