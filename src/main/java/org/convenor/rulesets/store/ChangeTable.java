package org.convenor.rulesets.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule sets' change log: a row per head moved, written in the transaction that moved it, under the head's
 * lock, so ids grow in the order heads moved and a follower that has seen id n has seen every change before it.
 */
@Repository
public class ChangeTable {

    /** A rule set's head moved to this commit, making this version active, on this instance's publish. */
    public record Change(long id, String ruleSet, String version, String commitId, String instance) {
    }

    private final JdbcClient jdbc;

    ChangeTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String ruleSet, String version, String commitId, String instance, Instant at) {
        jdbc.sql("INSERT INTO rule_set_change (rule_set, version, commit_id, instance_id, changed_at) VALUES "
                + "(:ruleSet, :version, :commit, :instance, :at)").param("ruleSet", ruleSet).param("version", version)
                .param("commit", commitId).param("instance", instance)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
    }

    /** The changes after {@code id}, oldest first. */
    public List<Change> after(long id) {
        return jdbc.sql("SELECT id, rule_set, version, commit_id, instance_id FROM rule_set_change WHERE id > :id "
                + "ORDER BY id").param("id", id).query((rs, n) -> new Change(rs.getLong("id"),
                        rs.getString("rule_set"), rs.getString("version"), rs.getString("commit_id"),
                        rs.getString("instance_id"))).list();
    }

    /** The newest change's id, 0 when nothing changed yet. */
    public long last() {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM rule_set_change").query(Long.class).single();
    }
}
