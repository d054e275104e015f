package org.convenor.system.security.users;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each user's authenticator key, the last step a code was taken for, and their unused recovery codes (hashed). */
@Repository
class SecondFactorTable {

    private final JdbcClient jdbc;
    private final Clock clock;

    SecondFactorTable(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<String> secret(String username) {
        return jdbc.sql("SELECT secret FROM second_factor WHERE username = :username").param("username", username)
                .query(String.class).optional();
    }

    /** A new key (any earlier one and its codes go), its first code's step already taken. */
    void enrol(String username, String secret, long step, Collection<String> recoveryCodes) {
        remove(username);
        jdbc.sql("INSERT INTO second_factor (username, secret, last_step, enrolled_at)"
                + " VALUES (:username, :secret, :step, :at)")
                .param("username", username).param("secret", secret).param("step", step)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
        for (String code : recoveryCodes) {
            jdbc.sql("INSERT INTO recovery_code (username, code) VALUES (:username, :code)")
                    .param("username", username).param("code", code).update();
        }
    }

    /** Takes a step's code once: false if this step or a later one was taken already (a replayed code). */
    boolean takeStep(String username, long step) {
        return jdbc.sql("UPDATE second_factor SET last_step = :step WHERE username = :username AND last_step < :step")
                .param("username", username).param("step", step).update() == 1;
    }

    /** Uses up a recovery code: false if it is not one of theirs (or was used). */
    boolean takeRecoveryCode(String username, String code) {
        return jdbc.sql("DELETE FROM recovery_code WHERE username = :username AND code = :code")
                .param("username", username).param("code", code).update() == 1;
    }

    int recoveryCodesLeft(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE username = :username").param("username", username)
                .query(Integer.class).single();
    }

    /** The key and its recovery codes go; false if there was none. */
    boolean remove(String username) {
        jdbc.sql("DELETE FROM recovery_code WHERE username = :username").param("username", username).update();
        return jdbc.sql("DELETE FROM second_factor WHERE username = :username").param("username", username)
                .update() == 1;
    }
}
