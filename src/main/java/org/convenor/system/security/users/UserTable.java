package org.convenor.system.security.users;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.convenor.system.security.StaffRole;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users kept by the service and their roles; whether each has a second factor is read with them. */
@Repository
class UserTable {

    /** One user as stored: {@code password} is the bcrypt hash, or null. */
    record Row(String username, @Nullable String email, Set<StaffRole> roles, @Nullable String password,
            boolean disabled, boolean secondFactor) {
    }

    private static final String SELECT = "SELECT u.username, u.email, u.password, u.disabled,"
            + " (SELECT COUNT(*) FROM second_factor f WHERE f.username = u.username) AS factors, r.role"
            + " FROM staff_user u LEFT JOIN staff_user_role r ON r.username = u.username";

    private final JdbcClient jdbc;
    private final Clock clock;

    UserTable(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Row> find(String username) {
        return rows(jdbc.sql(SELECT + " WHERE u.username = :username").param("username", username)).stream()
                .findFirst();
    }

    List<Row> all() {
        return rows(jdbc.sql(SELECT + " ORDER BY u.username"));
    }

    /** The user holding this email (lower-cased), if any. */
    Optional<String> holderOf(String email) {
        return jdbc.sql("SELECT username FROM staff_user WHERE email = :email").param("email", email)
                .query(String.class).optional();
    }

    void insert(String username, @Nullable String email, Set<StaffRole> roles, @Nullable String password) {
        jdbc.sql("INSERT INTO staff_user (username, email, password, disabled, created_at)"
                + " VALUES (:username, :email, :password, FALSE, :at)")
                .param("username", username).param("email", email).param("password", password)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
        insertRoles(username, roles);
    }

    void update(String username, @Nullable String email, Set<StaffRole> roles, boolean disabled) {
        jdbc.sql("UPDATE staff_user SET email = :email, disabled = :disabled WHERE username = :username")
                .param("username", username).param("email", email).param("disabled", disabled).update();
        jdbc.sql("DELETE FROM staff_user_role WHERE username = :username").param("username", username).update();
        insertRoles(username, roles);
    }

    void setPassword(String username, String password) {
        jdbc.sql("UPDATE staff_user SET password = :password WHERE username = :username")
                .param("username", username).param("password", password).update();
    }

    private void insertRoles(String username, Set<StaffRole> roles) {
        for (StaffRole role : roles) {
            jdbc.sql("INSERT INTO staff_user_role (username, role) VALUES (:username, :role)")
                    .param("username", username).param("role", role.name()).update();
        }
    }

    private static List<Row> rows(JdbcClient.StatementSpec query) {
        Map<String, Row> rows = new LinkedHashMap<>();
        query.query(rs -> {
            Row row = rows.get(rs.getString("username"));
            if (row == null) {
                row = new Row(rs.getString("username"), rs.getString("email"), EnumSet.noneOf(StaffRole.class),
                        rs.getString("password"), rs.getBoolean("disabled"), rs.getLong("factors") > 0);
                rows.put(row.username(), row);
            }
            String role = rs.getString("role");
            if (role != null) {
                row.roles().add(StaffRole.valueOf(role));
            }
        });
        List<Row> list = new ArrayList<>();
        rows.values().forEach(row -> list.add(new Row(row.username(), row.email(),
                Collections.unmodifiableSet(EnumSet.copyOf(row.roles())), row.password(), row.disabled(),
                row.secondFactor())));
        return list;
    }
}
