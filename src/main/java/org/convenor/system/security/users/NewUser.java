package org.convenor.system.security.users;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.system.security.StaffRole;
import org.jspecify.annotations.Nullable;

/**
 * A user to add. Without a password they sign in only through the organisation's identity provider, matched by
 * their email.
 */
@Schema(name = "NewUser")
public record NewUser(
        @Schema(description = "Lower-case letters and digits, not a configured user's", example = "ana",
                pattern = "[a-z0-9]{1,100}") String username,
        @Schema(description = "Where mail reaches them, and how an identity provider's sign-in finds them; unique",
                example = "ana@example.org") @Nullable String email,
        @Schema(description = "At least one") List<StaffRole> roles,
        @Schema(description = "A local password: at least 12 characters, not a common one")
        @Nullable String password) {
}
