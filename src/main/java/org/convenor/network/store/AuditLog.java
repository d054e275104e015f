package org.convenor.network.store;

import io.swagger.v3.oas.annotations.media.Schema;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who changed the network, when, how and how many records: never the records, which hold people's names. */
@Repository
public class AuditLog {

    /** How the network was changed; RETENTION: interactions older than the retention period, deleted on schedule. */
    enum Action {
        IMPORT, EDIT, DELETE, ERASURE, REPLACE, RETENTION
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

    private static final String SELECT = "SELECT id, changed_at, username, action, subject, records, interaction_id"
            + " FROM audit_entry";
    private static final int SLICE = 1000;

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
        return jdbc.sql(SELECT + " ORDER BY id DESC").withMaxRows(limit).query(AuditLog::entry).list();
    }

    /**
     * The entries about one of these interactions (a correction or a deletion), oldest first: the only entries that
     * name a record. Asked in slices, so a member with many interactions stays within every database's limit on
     * the parameters of one statement.
     */
    public List<Entry> about(List<Long> interactions) {
        List<Entry> about = new ArrayList<>();
        for (int from = 0; from < interactions.size(); from += SLICE) {
            about.addAll(jdbc.sql(SELECT + " WHERE interaction_id IN (:ids)")
                    .param("ids", interactions.subList(from, Math.min(from + SLICE, interactions.size())))
                    .query(AuditLog::entry).list());
        }
        about.sort(Comparator.comparingLong(Entry::id));
        return about;
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        return new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                Action.valueOf(rs.getString(4)), Subject.valueOf(rs.getString(5)), rs.getInt(6),
                rs.getObject(7, Long.class));
    }
}
