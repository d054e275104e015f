package org.convenor.system.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The people who may sign in, as the rest of the service asks about them: who they are, their roles and where
 * mail reaches them. Passwords stay with the sign-in ({@code UserDetailsService}); nothing else needs them.
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
    }

    /** Everyone, by username. */
    List<Person> people();

    default Optional<Person> find(String username) {
        return people().stream().filter(person -> person.username().equals(username)).findFirst();
    }
}
