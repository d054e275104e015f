package org.convenor.system.security.users;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.system.security.StaffRole;
import org.jspecify.annotations.Nullable;

/** A stored user's roles, email and whether they may sign in, replaced whole. */
@Schema(name = "UserChange")
public record UserChange(@Nullable String email, @Schema(description = "At least one") List<StaffRole> roles,
        @Schema(description = "A disabled user's console sessions end at once, their API access at their next "
                + "request") boolean disabled) {
}
