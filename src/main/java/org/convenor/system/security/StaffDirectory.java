package org.convenor.system.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The people who may sign in, as the rest of the service asks about them: who they are, their roles and where
 * mail reaches them. They are the configured users (the bootstrap: the first ADMIN) and the enabled users kept by
 * the service ({@link StoredUsers}); a disabled user is nobody here. Passwords, second factors and tokens stay
 * with the sign-in; nothing else needs them.
 */
public interface StaffDirectory {

    /** Someone who may sign in, with the roles given (not those they imply). */
    record Person(String username, Set<StaffRole> roles, @Nullable String email) {

        /** A role given, or implied by one given: EDITOR includes STAFF, which includes VIEWER. */
        public boolean may(StaffRole role) {
            return roles.contains(role) || switch (role) {
                case VIEWER -> roles.contains(StaffRole.STAFF) || roles.contains(StaffRole.EDITOR);
                case STAFF -> roles.contains(StaffRole.EDITOR);
                default -> false;
            };
        }

        /**
         * Whether members may be given to this person to tend: whoever may change the network (STAFF, or EDITOR).
         * ADMIN alone is not enough: it opens no page but Users, so its members would reach nobody.
         */
        public boolean mayOwnMembers() {
            return may(StaffRole.STAFF);
        }
    }

    /** Everyone, by username. */
    List<Person> people();

    default Optional<Person> find(String username) {
        return people().stream().filter(person -> person.username().equals(username)).findFirst();
    }
}
