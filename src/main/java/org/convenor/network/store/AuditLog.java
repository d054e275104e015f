package org.convenor.network.store;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who changed the network, when, how and how many records: never the records, which hold people's names. */
@Repository
public class AuditLog {

    /** How the network was changed. */
    enum Action {
        IMPORT, EDIT, DELETE, ERASURE, REPLACE
    }

    /** What was changed. */
    enum Subject {
        NETWORK, MEMBERS, INTERACTIONS, COALITIONS, CAMPAIGNS, CONVENOR
    }

    /** One change: {@code records} counts the records written or removed. */
    @Schema(name = "AuditEntry")
    public record Entry(long id, OffsetDateTime at, String user, Action action, Subject subject, int records) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String user, Action action, Subject subject, int records) {
        jdbc.sql("INSERT INTO audit_entry (changed_at, username, action, subject, records)"
                + " VALUES (:at, :user, :action, :subject, :records)")
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).param("user", user).param("action", action.name())
                .param("subject", subject.name()).param("records", records).update();
    }

    /** Newest first. */
    public List<Entry> entries(int limit) {
        return jdbc.sql("SELECT id, changed_at, username, action, subject, records FROM audit_entry ORDER BY id DESC")
                .withMaxRows(limit)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        Action.valueOf(rs.getString(4)), Subject.valueOf(rs.getString(5)), rs.getInt(6)))
                .list();
    }
}
