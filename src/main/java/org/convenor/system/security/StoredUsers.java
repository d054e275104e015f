package org.convenor.system.security;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The users kept by the service, as the sign-in needs them: only the enabled ones, looked up at every request so
 * that a disabled user's sessions and tokens end at their next one. Implemented beside their tables
 * ({@code system.security.users}), which this package does not import.
 */
public interface StoredUsers {

    /**
     * An enabled user kept by the service.
     *
     * @param password the local password ({@code {bcrypt}...}), or null for one who signs in only through the
     *        organisation's identity provider
     * @param secondFactor whether they have enrolled an authenticator app: their password then opens the console
     *        only with a code, and the API not at all (API tokens do)
     */
    record Account(StaffDirectory.Person person, @Nullable String password, boolean secondFactor) {

        /** EDITOR and ADMIN sign in to the console with a second factor; anyone who has one uses it. */
        public boolean needsSecondFactor() {
            return secondFactor || person.may(StaffRole.EDITOR) || person.roles().contains(StaffRole.ADMIN);
        }
    }

    /** The enabled user of this name, if there is one. */
    Optional<Account> enabled(String username);

    /** Every enabled user, by username. */
    List<StaffDirectory.Person> people();

    /** Whose unrevoked API token this is ({@code Authorization: Bearer <token>}), if anyone's. */
    Optional<String> tokenOwner(String token);
}
