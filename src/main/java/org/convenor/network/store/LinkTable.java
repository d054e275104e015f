package org.convenor.network.store;

import static java.sql.Types.VARCHAR;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.convenor.network.Link;
import org.convenor.network.LinkKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Links between members, read in one query, written in one batch. */
@Repository
class LinkTable {

    private static final String INSERT = "INSERT INTO member_link (from_id, to_id, kind, title) VALUES (?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    LinkTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insert(List<Link> links) {
        batch.batchUpdate(INSERT, links.stream().map(link -> new Object[] {link.from(), link.to(), link.kind().name(),
            link.title()}).toList(), new int[] {VARCHAR, VARCHAR, VARCHAR, VARCHAR});
    }

    /** One link; answers its id. */
    long insert(Link link) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(INSERT).params(link.from(), link.to(), link.kind().name(), link.title()).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<Link> find(long id) {
        return jdbc.sql("SELECT id, from_id, to_id, kind, title FROM member_link WHERE id = :id").param("id", id)
                .query((rs, n) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3),
                        LinkKind.valueOf(rs.getString(4)), rs.getString(5)))
                .optional();
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM member_link WHERE id = :id").param("id", id).update() > 0;
    }

    int deleteOf(String memberId) {
        return jdbc.sql("DELETE FROM member_link WHERE from_id = :id OR to_id = :id").param("id", memberId).update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM member_link").update();
    }

    /** Every link in the order stored, its member ids shared with the members' own. */
    List<Link> all(Map<String, String> memberIds) {
        List<Link> all = new ArrayList<>();
        jdbc.sql("SELECT id, from_id, to_id, kind, title FROM member_link ORDER BY id")
                .query((RowCallbackHandler) rs -> all.add(new Link(rs.getLong(1),
                        memberIds.getOrDefault(rs.getString(2), rs.getString(2)),
                        memberIds.getOrDefault(rs.getString(3), rs.getString(3)), LinkKind.valueOf(rs.getString(4)),
                        rs.getString(5))));
        return all;
    }
}
