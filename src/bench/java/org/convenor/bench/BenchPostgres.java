package org.convenor.bench;

import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL for {@code .ci/bench-scale}: the tests' embedded one (zonky, binaries from Maven Central), with an
 * empty database {@code convenor}. Prints its JDBC URL on one line (with {@code reWriteBatchedInserts}, as the
 * operations guide configures PostgreSQL), then runs until its standard input closes
 * (the script holds it open and closes it on exit), and removes its data.
 */
public final class BenchPostgres {

    private BenchPostgres() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE convenor");
            }
            // As docs/operations.md has it: the driver sends a batch of inserts as one statement.
            System.out.println(postgres.getJdbcUrl("postgres", "convenor") + "&reWriteBatchedInserts=true");
            System.out.flush();
            while (System.in.read() >= 0) {
                // waits for the script to finish
            }
        }
    }
}
