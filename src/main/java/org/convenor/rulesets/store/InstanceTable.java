package org.convenor.rulesets.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instances sharing the database, as each last said, and the version of each rule set each answers with.
 * Each instance writes only its own rows.
 */
@Repository
public class InstanceTable {

    /** What one instance answers one rule set with. */
    public record Answering(String instance, String ruleSet, String version) {
    }

    private final JdbcClient jdbc;

    InstanceTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The instance started; rows of instances gone for a day go (an unnamed instance has a new name each start). */
    @Transactional
    public void started(String instance, Instant at) {
        jdbc.sql("DELETE FROM service_instance WHERE id = :id OR last_seen < :gone").param("id", instance)
                .param("gone", utc(at.minus(java.time.Duration.ofDays(1)))).update();
        jdbc.sql("INSERT INTO service_instance (id, started_at, last_seen) VALUES (:id, :at, :at)")
                .param("id", instance).param("at", utc(at)).update();
    }

    /** The instance is up, answering each rule set with these versions. */
    @Transactional
    public void seen(String instance, Instant at, Map<String, String> versions) {
        if (jdbc.sql("UPDATE service_instance SET last_seen = :at WHERE id = :id").param("id", instance)
                .param("at", utc(at)).update() == 0) {
            started(instance, at);
        }
        versions.forEach((ruleSet, version) -> {
            if (jdbc.sql("UPDATE service_instance_version SET version = :version WHERE instance_id = :id AND "
                    + "rule_set = :ruleSet").param("version", version).param("id", instance).param("ruleSet", ruleSet)
                    .update() == 0) {
                jdbc.sql("INSERT INTO service_instance_version (instance_id, rule_set, version) VALUES (:id, "
                        + ":ruleSet, :version)").param("id", instance).param("ruleSet", ruleSet)
                        .param("version", version).update();
            }
        });
    }

    /** What every instance seen since {@code since} answers with, by instance then rule set. */
    public List<Answering> answering(Instant since) {
        return jdbc.sql("SELECT v.instance_id, v.rule_set, v.version FROM service_instance_version v JOIN "
                + "service_instance i ON i.id = v.instance_id WHERE i.last_seen >= :since ORDER BY v.instance_id, "
                + "v.rule_set").param("since", utc(since)).query((rs, n) -> new Answering(rs.getString(1),
                        rs.getString(2), rs.getString(3))).list();
    }

    @Transactional
    public void stopped(String instance) {
        jdbc.sql("DELETE FROM service_instance WHERE id = :id").param("id", instance).update();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
