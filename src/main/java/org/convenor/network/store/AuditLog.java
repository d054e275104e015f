package org.convenor.network.store;

import io.swagger.v3.oas.annotations.media.Schema;

import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
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
        NETWORK, MEMBERS, INTERACTIONS, COALITIONS, CAMPAIGNS, CONVENOR, LINKS
    }

    /** One change: {@code records} counts the records written or removed. */
    @Schema(name = "AuditEntry")
    public record Entry(long id, OffsetDateTime at, String user, Action action, Subject subject, int records,
            @Schema(description = "The interaction a correction (EDIT) or deletion (DELETE) of one interaction was "
                    + "about, by its id; null for every other change")
            @Nullable Long interaction) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String user, Action action, Subject subject, int records) {
        record(user, action, subject, records, null);
    }

    /** A change to the one interaction with this id. */
    void record(String user, Action action, long interaction) {
        record(user, action, Subject.INTERACTIONS, 1, interaction);
    }

    private void record(String user, Action action, Subject subject, int records, @Nullable Long interaction) {
        jdbc.sql("INSERT INTO audit_entry (changed_at, username, action, subject, records, interaction_id)"
                + " VALUES (:at, :user, :action, :subject, :records, :interaction)")
                .param("at", Sql.now(clock)).param("user", user).param("action", action.name())
                .param("subject", subject.name()).param("records", records)
                .param("interaction", interaction, Types.BIGINT).update();
    }

    /** Newest first. */
    public List<Entry> entries(int limit) {
        return jdbc.sql("SELECT id, changed_at, username, action, subject, records, interaction_id FROM audit_entry"
                + " ORDER BY id DESC").withMaxRows(limit)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        Action.valueOf(rs.getString(4)), Subject.valueOf(rs.getString(5)), rs.getInt(6),
                        rs.getObject(7, Long.class)))
                .list();
    }
}
