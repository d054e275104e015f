package org.convenor.digest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The digest_delivery table (V4). A row is claimed by inserting it, or, for a retry, by moving it from FAILED to
 * SENDING: each is one statement the database does for one instance only, so two instances on one database never
 * send the same (slot, recipient) twice.
 */
@Repository
class Deliveries {

    private final JdbcClient jdbc;
    private final Clock clock;

    Deliveries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return whether this instance claimed it; false when another has it already */
    boolean claim(String slot, String recipient, Delivery.Status status) {
        try {
            return jdbc.sql("INSERT INTO digest_delivery (slot, recipient, status, attempts, updated_at)"
                    + " VALUES (:slot, :recipient, :status, :attempts, :at)")
                    .param("slot", slot).param("recipient", recipient).param("status", status.name())
                    .param("attempts", status == Delivery.Status.SENDING ? 1 : 0).param("at", now()).update() == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /** @return whether this instance claimed the retry; false when another did, or it is no longer failed */
    boolean claimRetry(String slot, String recipient) {
        return jdbc.sql("UPDATE digest_delivery SET status = 'SENDING', attempts = attempts + 1, updated_at = :at"
                + " WHERE slot = :slot AND recipient = :recipient AND status = 'FAILED'")
                .param("at", now()).param("slot", slot).param("recipient", recipient).update() == 1;
    }

    void finish(String slot, String recipient, Delivery.Status status, @Nullable String error) {
        jdbc.sql("UPDATE digest_delivery SET status = :status, last_error = :error, updated_at = :at"
                + " WHERE slot = :slot AND recipient = :recipient")
                .param("status", status.name()).param("error", error).param("at", now()).param("slot", slot)
                .param("recipient", recipient).update();
    }

    /** Failed deliveries that may be tried again, oldest first. */
    List<Delivery> retriable(int maxAttempts) {
        return jdbc.sql("SELECT slot, recipient, status, attempts, last_error, updated_at FROM digest_delivery"
                + " WHERE status = 'FAILED' AND attempts < :max ORDER BY updated_at, slot, recipient")
                .param("max", maxAttempts).query(Deliveries::row).list();
    }

    Delivery one(String slot, String recipient) {
        return jdbc.sql("SELECT slot, recipient, status, attempts, last_error, updated_at FROM digest_delivery"
                + " WHERE slot = :slot AND recipient = :recipient")
                .param("slot", slot).param("recipient", recipient).query(Deliveries::row).single();
    }

    /** The latest deliveries, newest first. */
    List<Delivery> recent(int limit) {
        return jdbc.sql("SELECT slot, recipient, status, attempts, last_error, updated_at FROM digest_delivery"
                + " ORDER BY updated_at DESC, slot DESC, recipient FETCH FIRST " + limit + " ROWS ONLY")
                .query(Deliveries::row).list();
    }

    private static Delivery row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Delivery(rs.getString("slot"), rs.getString("recipient"),
                Delivery.Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    private OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }
}
