package org.convenor.system.security.users;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** API tokens by the SHA-256 of each; the token itself is never kept. */
@Repository
class TokenTable {

    /** How often a token's last use is written down: at most once an hour, not at every call it makes. */
    private static final Duration USE_RECORDED_EVERY = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    TokenTable(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(String username, String hash, @Nullable String name) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO api_token (username, token, name, created_at) VALUES (:username, :token, :name, :at)")
                .param("username", username).param("token", hash).param("name", name).param("at", now())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<ApiToken> of(String username) {
        return jdbc.sql("SELECT id, name, created_at, last_used_at FROM api_token WHERE username = :username"
                + " ORDER BY id").param("username", username)
                .query((rs, n) -> new ApiToken(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class)))
                .list();
    }

    /** Whose token has this hash; its use is noted (at most hourly). */
    Optional<String> owner(String hash) {
        Optional<String> owner = jdbc.sql("SELECT username FROM api_token WHERE token = :token").param("token", hash)
                .query(String.class).optional();
        if (owner.isPresent()) {
            OffsetDateTime now = now();
            jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE token = :token"
                    + " AND (last_used_at IS NULL OR last_used_at < :since)")
                    .param("now", now).param("since", now.minus(USE_RECORDED_EVERY)).param("token", hash).update();
        }
        return owner;
    }

    boolean delete(String username, long id) {
        return jdbc.sql("DELETE FROM api_token WHERE username = :username AND id = :id").param("username", username)
                .param("id", id).update() == 1;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
