package org.convenor.network.store;

import static java.sql.Types.DATE;
import static java.sql.Types.VARCHAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
    private static final int IDS_PER_QUERY = 1000;

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
     * The stored interactions of these members, as the identity a new one is compared by. Asked by member id
     * (the column is indexed for erasure anyway), a thousand ids at a time to stay within every driver's limit
     * on parameters: one query for a logged contact, ten for an import that names 10,000 members.
     */
    Set<Interaction> of(Collection<String> memberIds) {
        Set<Interaction> stored = new HashSet<>();
        List<String> ids = List.copyOf(memberIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            jdbc.sql("SELECT member_id, happened_on, kind, note FROM interaction WHERE member_id IN (:ids)")
                    .param("ids", ids.subList(from, Math.min(from + IDS_PER_QUERY, ids.size())))
                    .query((RowCallbackHandler) rs -> stored.add(new Interaction(rs.getString(1),
                            rs.getObject(2, LocalDate.class), InteractionKind.valueOf(rs.getString(3)), rs.getString(4))));
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
