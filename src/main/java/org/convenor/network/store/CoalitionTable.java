package org.convenor.network.store;

import static java.sql.Types.DATE;
import static java.sql.Types.INTEGER;
import static java.sql.Types.VARCHAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convenor.network.Coalition;
import org.convenor.network.CoalitionResponse;
import org.convenor.network.DeclineReason;
import org.convenor.network.ResponseKind;
import org.convenor.network.Sector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Coalitions with their sectors, invitations and responses; replaced whole by deleting and inserting again. */
@Repository
class CoalitionTable {

    private static final int[] CHILD = {VARCHAR, INTEGER, VARCHAR};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CoalitionTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Set<String> ids() {
        return new HashSet<>(jdbc.sql("SELECT id FROM coalition").query(String.class).list());
    }

    void insert(List<Coalition> coalitions) {
        batch.batchUpdate("INSERT INTO coalition (id, campaign_id, formed_on) VALUES (?, ?, ?)",
                coalitions.stream().map(c -> new Object[] {c.id(), c.campaignId(), c.formedOn()}).toList(),
                new int[] {VARCHAR, VARCHAR, DATE});
        batch.batchUpdate("INSERT INTO coalition_sector (coalition_id, seq, sector) VALUES (?, ?, ?)",
                Sql.childRows(coalitions, Coalition::id, Coalition::sectors), CHILD);
        batch.batchUpdate("INSERT INTO invitation (coalition_id, seq, member_id) VALUES (?, ?, ?)",
                Sql.childRows(coalitions, Coalition::id, Coalition::invited), CHILD);
        List<Object[]> responses = new ArrayList<>();
        for (Coalition coalition : coalitions) {
            for (int seq = 0; seq < coalition.responses().size(); seq++) {
                CoalitionResponse r = coalition.responses().get(seq);
                responses.add(new Object[] {coalition.id(), seq, r.memberId(), r.response().name(),
                    r.reason() == null ? null : r.reason().name(), r.date()});
            }
        }
        batch.batchUpdate("INSERT INTO coalition_response (coalition_id, seq, member_id, response, reason, responded_on)"
                + " VALUES (?, ?, ?, ?, ?, ?)", responses, new int[] {VARCHAR, INTEGER, VARCHAR, VARCHAR, VARCHAR, DATE});
    }

    /** Its sectors, invitations and responses go with it. */
    boolean delete(String id) {
        return jdbc.sql("DELETE FROM coalition WHERE id = :id").param("id", id).update() > 0;
    }

    void delete(List<String> ids) {
        batch.batchUpdate("DELETE FROM coalition WHERE id = ?", ids.stream().map(id -> new Object[] {id}).toList(),
                new int[] {VARCHAR});
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM coalition").update();
    }

    int deleteInvitationsOf(String memberId) {
        return jdbc.sql("DELETE FROM invitation WHERE member_id = :id").param("id", memberId).update();
    }

    int deleteResponsesOf(String memberId) {
        return jdbc.sql("DELETE FROM coalition_response WHERE member_id = :id").param("id", memberId).update();
    }

    /** Every coalition, by id. */
    List<Coalition> all() {
        Map<String, List<Sector>> sectors = Sql.grouped(jdbc,
                "SELECT coalition_id, sector FROM coalition_sector ORDER BY coalition_id, seq", Sector::valueOf);
        Map<String, List<String>> invited = Sql.grouped(jdbc,
                "SELECT coalition_id, member_id FROM invitation ORDER BY coalition_id, seq", id -> id);
        Map<String, List<CoalitionResponse>> responses = new HashMap<>();
        jdbc.sql("SELECT coalition_id, member_id, response, reason, responded_on FROM coalition_response"
                + " ORDER BY coalition_id, seq").query((RowCallbackHandler) rs -> responses
                        .computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                        .add(new CoalitionResponse(rs.getString(2), Sql.word(rs, "response", ResponseKind.class),
                                Sql.word(rs, "reason", DeclineReason.class), rs.getObject(5, LocalDate.class))));
        List<Coalition> coalitions = new ArrayList<>(jdbc.sql("SELECT id, campaign_id, formed_on FROM coalition")
                .query((rs, n) -> {
                    String id = rs.getString(1);
                    return new Coalition(id, rs.getString(2), sectors.get(id), rs.getObject(3, LocalDate.class),
                            invited.get(id), responses.get(id));
                }).list());
        coalitions.sort(Comparator.comparing(Coalition::id));
        return coalitions;
    }
}
