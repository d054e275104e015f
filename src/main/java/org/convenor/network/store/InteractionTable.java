package org.convenor.network.store;

import static java.sql.Types.BOOLEAN;
import static java.sql.Types.DATE;
import static java.sql.Types.TIMESTAMP_WITH_TIMEZONE;
import static java.sql.Types.VARCHAR;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import org.convenor.network.Interaction;
import org.convenor.network.InteractionKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Interactions, the bulk of the network: written in one batch, read in one query. */
@Repository
class InteractionTable {

    private static final int[] TYPES = {VARCHAR, DATE, VARCHAR, VARCHAR, BOOLEAN, VARCHAR,
        TIMESTAMP_WITH_TIMEZONE};
    private static final int FEW_MEMBERS = 100;
    private static final String INSERT = "INSERT INTO interaction (member_id, happened_on, kind, note, confidential,"
            + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    InteractionTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** @param recordedBy the user who logged or imported them, at {@code recordedAt} */
    void insert(List<Interaction> interactions, String recordedBy, OffsetDateTime recordedAt) {
        insert(interactions, recordedBy, recordedAt, stored -> { });
    }

    /** The same, in batches of {@value Sql#BATCH} rows, telling {@code stored} how many are written so far. */
    void insert(List<Interaction> interactions, String recordedBy, OffsetDateTime recordedAt, IntConsumer stored) {
        Sql.inBatches(batch, INSERT, interactions, i -> new Object[] {i.memberId(), i.date(), i.kind().name(),
            i.note(), i.confidential(), recordedBy, recordedAt}, TYPES, stored);
    }

    /** Stored again as they were, each with its author and time (under a new id). */
    void insertStored(List<StoredInteraction> stored) {
        Sql.inBatches(batch, INSERT, stored, i -> new Object[] {i.memberId(), i.date(), i.kind().name(), i.note(),
            i.confidential(), i.recordedBy(), i.recordedAt()}, TYPES, written -> { });
    }

    Optional<StoredInteraction> find(long id) {
        return jdbc.sql("SELECT id, member_id, happened_on, kind, note, confidential, recorded_by, recorded_at"
                + " FROM interaction WHERE id = :id").param("id", id).query((rs, n) -> new StoredInteraction(
                        rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        InteractionKind.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class)))
                .optional();
    }

    /** The interaction now says this, as recorded by this user at this time. */
    void correct(long id, Interaction corrected, String recordedBy, OffsetDateTime recordedAt) {
        jdbc.sql("UPDATE interaction SET member_id = :member, happened_on = :day, kind = :kind, note = :note,"
                + " confidential = :confidential, recorded_by = :by, recorded_at = :at WHERE id = :id")
                .param("member", corrected.memberId()).param("day", corrected.date())
                .param("kind", corrected.kind().name()).param("note", corrected.note(), VARCHAR)
                .param("confidential", corrected.confidential())
                .param("by", recordedBy).param("at", recordedAt).param("id", id).update();
    }

    /**
     * The stored interactions of these members, as the identity a new one is compared by. A few members (a
     * logged contact, a short file) are looked up by the member index; for more, one pass over the table costs
     * about what the import itself does and leaves no plan to chance (PostgreSQL, before it has analysed a
     * freshly loaded table, took seconds over a list of a thousand ids).
     */
    Set<Interaction> of(Set<String> memberIds) {
        Set<Interaction> stored = new HashSet<>();
        RowCallbackHandler keep = rs -> {
            if (memberIds.contains(rs.getString(1))) {
                stored.add(new Interaction(rs.getString(1), rs.getObject(2, LocalDate.class),
                        InteractionKind.valueOf(rs.getString(3)), rs.getString(4), rs.getBoolean(5)));
            }
        };
        if (memberIds.isEmpty()) {
            return stored;
        }
        if (memberIds.size() <= FEW_MEMBERS) {
            jdbc.sql("SELECT member_id, happened_on, kind, note, confidential FROM interaction"
                    + " WHERE member_id IN (:ids)")
                    .param("ids", memberIds).query(keep);
        } else {
            jdbc.sql("SELECT member_id, happened_on, kind, note, confidential FROM interaction").query(keep);
        }
        return stored;
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM interaction WHERE id = :id").param("id", id).update() > 0;
    }

    int deleteOf(String memberId) {
        return jdbc.sql("DELETE FROM interaction WHERE member_id = :id").param("id", memberId).update();
    }

    /** Those that happened before this day. */
    int deleteBefore(LocalDate day) {
        return jdbc.sql("DELETE FROM interaction WHERE happened_on < :day").param("day", day).update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM interaction").update();
    }

    /**
     * Every interaction in the order stored. Member ids, days, authors and recording times are shared with the
     * members and with each other rather than read as a new object per row: they are most of what the network
     * holds, and an import records all its rows by one user at one time.
     */
    List<StoredInteraction> all(Map<String, String> memberIds) {
        return read("", Map.of(), memberIds);
    }

    /**
     * The stored interactions a replacement keeps for a writer who may not send them back: those of these (hidden)
     * members, and the confidential ones, which the caller sorts out; not the whole table.
     */
    List<StoredInteraction> confidentialOrOf(Set<String> memberIds) {
        return memberIds.isEmpty() ? read(" WHERE confidential", Map.of(), Map.of())
                : read(" WHERE confidential OR member_id IN (:ids)", Map.of("ids", memberIds), Map.of());
    }

    /** The stored interactions of these members, in the order stored. */
    List<StoredInteraction> storedOf(Set<String> memberIds) {
        return memberIds.isEmpty() ? List.of() : read(" WHERE member_id IN (:ids)", Map.of("ids", memberIds), Map.of());
    }

    private List<StoredInteraction> read(String where, Map<String, ?> params, Map<String, String> memberIds) {
        List<StoredInteraction> all = new ArrayList<>();
        Map<LocalDate, LocalDate> days = new HashMap<>();
        Map<String, String> users = new HashMap<>();
        Map<OffsetDateTime, OffsetDateTime> times = new HashMap<>();
        jdbc.sql("SELECT id, member_id, happened_on, kind, note, recorded_by, recorded_at, confidential FROM interaction"
                + where + " ORDER BY id").params(params)
                .query((RowCallbackHandler) rs -> {
                    String memberId = rs.getString(2);
                    LocalDate day = rs.getObject(3, LocalDate.class);
                    String by = rs.getString(6);
                    OffsetDateTime at = rs.getObject(7, OffsetDateTime.class);
                    all.add(new StoredInteraction(rs.getLong(1), memberIds.getOrDefault(memberId, memberId),
                            days.computeIfAbsent(day, d -> d), InteractionKind.valueOf(rs.getString(4)),
                            rs.getString(5), rs.getBoolean(8), by == null ? null : users.computeIfAbsent(by, u -> u),
                            at == null ? null : times.computeIfAbsent(at, t -> t)));
                });
        return all;
    }
}
