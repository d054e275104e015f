package org.convenor.relationships.web;

import java.util.List;
import java.util.Set;

import org.convenor.network.store.Owners;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Whose alerts to show: everyone's, one user's, or those of members no user owns. A member whose owner has left
 * (or lost the role) counts as owned by no one: it is never dropped from every view, and shows up under "none"
 * until someone takes it on.
 *
 * @param owners the usernames that may own members now
 * @param user the owner whose alerts to keep; {@code null} with {@code unowned} false: everyone's
 */
record OwnerFilter(Set<String> owners, @Nullable String user, boolean unowned) {

    static final String ME = "me";
    static final String NONE = "none";

    static OwnerFilter everyone(Owners owners) {
        return new OwnerFilter(Set.copyOf(owners.all()), null, false);
    }

    static OwnerFilter unowned(Owners owners) {
        return new OwnerFilter(Set.copyOf(owners.all()), null, true);
    }

    static OwnerFilter of(Owners owners, String user) {
        return new OwnerFilter(Set.copyOf(owners.all()), user, false);
    }

    /**
     * As the API asks it: a username, {@code me} or {@code none}; left out, everyone. A username that may not own
     * members is refused, naming the field; {@code me} for a caller who owns nothing keeps nothing.
     */
    static OwnerFilter asked(@Nullable String owner, String caller, Owners owners) {
        if (owner == null || owner.isBlank()) {
            return everyone(owners);
        }
        if (owner.equals(ME)) {
            return of(owners, caller);
        }
        if (owner.equals(NONE)) {
            return unowned(owners);
        }
        if (!owners.mayOwn(owner)) {
            throw new InvalidInputException(List.of(new FieldProblem("owner", "'" + owner + "' is not a user who may"
                    + " own members; give one of " + String.join(", ", owners.all()) + (owners.all().isEmpty() ? "" : ",")
                    + " me or none (members whose owner has left are among none)")));
        }
        return of(owners, owner);
    }

    boolean keeps(@Nullable String owner) {
        if (unowned) {
            return owner == null || !owners.contains(owner);
        }
        return user == null || user.equals(owner) && owners.contains(owner);
    }

    /** The owner this member counts under: its stored owner while they may own members, otherwise none. */
    @Nullable
    String current(@Nullable String owner) {
        return owner != null && owners.contains(owner) ? owner : null;
    }
}
