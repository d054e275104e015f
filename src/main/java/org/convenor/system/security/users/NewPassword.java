package org.convenor.system.security.users;

import io.swagger.v3.oas.annotations.media.Schema;

/** A local password set by an ADMIN (a reset), or a first one for a user who had none. */
@Schema(name = "NewPassword")
public record NewPassword(@Schema(description = "At least 12 characters, not a common one") String password) {
}
