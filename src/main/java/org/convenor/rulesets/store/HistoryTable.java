package org.convenor.rulesets.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history's git objects and its one head ({@code V12__one_home.sql}). A writer calls {@link #lockHead()}
 * first, inside its transaction: the row lock makes writers take turns on every instance, and the objects and the
 * head's move commit together or not at all.
 */
@Repository
public class HistoryTable {

    private final JdbcClient jdbc;

    HistoryTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The head, locked until the transaction ends; empty while the history has no commit. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> lockHead() {
        return jdbc.sql("SELECT commit_id FROM rule_history_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single();
    }

    public Optional<String> head() {
        return jdbc.sql("SELECT commit_id FROM rule_history_head WHERE id = 1")
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void moveHead(String commitId) {
        jdbc.sql("UPDATE rule_history_head SET commit_id = :commit WHERE id = 1").param("commit", commitId).update();
    }

    /** The objects written after {@code seq}, in the order written. */
    public List<StoredObject> after(long seq) {
        return jdbc.sql("SELECT seq, id, type, content FROM rule_history_object WHERE seq > :seq ORDER BY seq")
                .param("seq", seq).query((rs, n) -> new StoredObject(rs.getLong("seq"), rs.getString("id"),
                        rs.getInt("type"), rs.getBytes("content"))).list();
    }

    /** Writes the objects the history does not hold yet (a blob many versions share is kept once). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(Collection<StoredObject> objects) {
        for (StoredObject object : objects) {
            boolean held = jdbc.sql("SELECT COUNT(*) FROM rule_history_object WHERE id = :id").param("id", object.id())
                    .query(Long.class).single() > 0;
            if (!held) {
                jdbc.sql("INSERT INTO rule_history_object (id, type, content) VALUES (:id, :type, :content)")
                        .param("id", object.id()).param("type", object.type()).param("content", object.content())
                        .update();
            }
        }
    }

    public boolean holds(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM rule_history_object WHERE id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }
}
