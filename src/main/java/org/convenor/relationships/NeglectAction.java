package org.convenor.relationships;

import org.convenor.network.Role;

/** What to do about a relationship going cold, by the role that sets its cadence. */
public record NeglectAction(Role role, String action) {
}
