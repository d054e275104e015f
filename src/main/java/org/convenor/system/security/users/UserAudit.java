package org.convenor.system.security.users;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who changed which user, how and when. Never a password, an authenticator key, a recovery code or a token, and
 * no email either: {@code detail} says only what is not personal (the roles before and after, a token's id).
 * Apart from the network's audit log, which names no record and which EDITORs read; this one names whom, and
 * ADMINs read it.
 */
@Repository
public class UserAudit {

    /** What was done to the user. */
    public enum Action {
        ADDED, ROLES_CHANGED, EMAIL_CHANGED, DISABLED, ENABLED, PASSWORD_SET, SECOND_FACTOR_ENROLLED,
        SECOND_FACTOR_REMOVED, RECOVERY_CODE_USED, TOKEN_CREATED, TOKEN_REVOKED
    }

    /** One change to a user. */
    @Schema(name = "UserAuditEntry")
    public record Entry(long id, OffsetDateTime at,
            @Schema(description = "Who made the change") String user, Action action,
            @Schema(description = "The user changed") String target,
            @Schema(description = "What changed, where it is not personal: the roles before and after, a token's id")
            @Nullable String detail) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    UserAudit(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String user, Action action, String target, @Nullable String detail) {
        jdbc.sql("INSERT INTO user_audit_entry (changed_at, username, action, target, detail)"
                + " VALUES (:at, :user, :action, :target, :detail)")
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).param("user", user)
                .param("action", action.name()).param("target", target).param("detail", detail).update();
    }

    /** Newest first. */
    public List<Entry> entries(int limit) {
        return jdbc.sql("SELECT id, changed_at, username, action, target, detail FROM user_audit_entry ORDER BY id DESC")
                .withMaxRows(limit)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        Action.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)))
                .list();
    }
}
