package org.convenor.network.store;

import static java.sql.Types.DATE;
import static java.sql.Types.VARCHAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convenor.network.Interaction;
import org.convenor.network.InteractionKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Interactions, the bulk of the network: written in one batch, read in one query. */
@Repository
class InteractionTable {

    private static final int[] TYPES = {VARCHAR, DATE, VARCHAR, VARCHAR};
    private static final int FEW_MEMBERS = 100;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    InteractionTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(List<Interaction> interactions) {
        List<Object[]> rows = new ArrayList<>(interactions.size());
        for (Interaction i : interactions) {
            rows.add(new Object[] {i.memberId(), i.date(), i.kind().name(), i.note()});
        }
        batch.batchUpdate("INSERT INTO interaction (member_id, happened_on, kind, note) VALUES (?, ?, ?, ?)", rows,
                TYPES);
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
                        InteractionKind.valueOf(rs.getString(3)), rs.getString(4)));
            }
        };
        if (memberIds.isEmpty()) {
            return stored;
        }
        if (memberIds.size() <= FEW_MEMBERS) {
            jdbc.sql("SELECT member_id, happened_on, kind, note FROM interaction WHERE member_id IN (:ids)")
                    .param("ids", memberIds).query(keep);
        } else {
            jdbc.sql("SELECT member_id, happened_on, kind, note FROM interaction").query(keep);
        }
        return stored;
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM interaction WHERE id = :id").param("id", id).update() > 0;
    }

    int deleteOf(String memberId) {
        return jdbc.sql("DELETE FROM interaction WHERE member_id = :id").param("id", memberId).update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM interaction").update();
    }

    /**
     * Every interaction in the order stored. Member ids and days are shared with the members and with each
     * other rather than read as a new object per row: they are most of what the network holds.
     */
    List<StoredInteraction> all(Map<String, String> memberIds) {
        List<StoredInteraction> all = new ArrayList<>();
        Map<LocalDate, LocalDate> days = new java.util.HashMap<>();
        jdbc.sql("SELECT id, member_id, happened_on, kind, note FROM interaction ORDER BY id")
                .query((RowCallbackHandler) rs -> {
                    String memberId = rs.getString(2);
                    LocalDate day = rs.getObject(3, LocalDate.class);
                    all.add(new StoredInteraction(rs.getLong(1), memberIds.getOrDefault(memberId, memberId),
                            days.computeIfAbsent(day, d -> d), InteractionKind.valueOf(rs.getString(4)),
                            rs.getString(5)));
                });
        return all;
    }
}
