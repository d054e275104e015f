package org.convenor.digest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/**
 * The digest one recipient would get now: their alerts, critical first, as the relationship rules order them.
 *
 * @param username the user; {@code *team} for the team's address
 * @param email where it goes; {@code null} when the user has none (nothing can be sent)
 * @param links whether the alerts link to member pages ({@code convenor.public-url} is set)
 */
public record Digest(String username, @Nullable String email,
        @Schema(description = "The mail's subject") String subject, List<DigestAlert> alerts,
        @Schema(description = "Whether the alerts link to member pages: only once convenor.public-url is set")
        boolean links) {
}
