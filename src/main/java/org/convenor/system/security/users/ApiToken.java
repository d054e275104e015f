package org.convenor.system.security.users;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/**
 * One of a user's API tokens as listed: never the token, which was shown once, when it was made.
 *
 * @param lastUsedAt when it last opened the API (noted at most once an hour), or null if never
 */
@Schema(name = "ApiToken")
public record ApiToken(
        @Schema(description = "What revokes it: DELETE /api/users/me/tokens/{id}") long id,
        @Schema(description = "What it is for, as its owner named it") @Nullable String name,
        OffsetDateTime createdAt, @Nullable OffsetDateTime lastUsedAt) {
}
