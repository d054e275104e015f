package org.convenor.network.store;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Who may own members, as the store and the pages ask it. The store knows no users: the service's users answer
 * this, from outside the store. A stored owner who is no longer among them (removed, or without the role now)
 * stays stored, and their members count as unowned until someone gives them to a user.
 */
public interface Owners {

    /** The usernames that may own members now, in order. */
    List<String> all();

    default boolean mayOwn(@Nullable String username) {
        return username != null && all().contains(username);
    }

    /** Owned by no one who may own members now: never given to anyone, or given to a user who has left. */
    default boolean unowned(@Nullable String owner) {
        return !mayOwn(owner);
    }
}
