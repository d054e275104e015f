package org.convenor.system.security.users;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.system.security.StaffRole;
import org.jspecify.annotations.Nullable;

/**
 * A user as an ADMIN sees them: never a password, a key or a token.
 *
 * @param configured set in the service's configuration (the bootstrap, such as the first ADMIN): changed there,
 *        not here
 * @param password whether they have a local password (without one they sign in through the identity provider)
 * @param secondFactor whether they have enrolled an authenticator app
 */
@Schema(name = "User")
public record UserAnswer(String username, @Nullable String email, List<StaffRole> roles, boolean disabled,
        boolean configured, boolean password, boolean secondFactor) {
}
