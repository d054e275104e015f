package org.convenor.network.store;

import org.convenor.PostgresTest;

/** The same on a real PostgreSQL: an answer is sent only after the transaction's commit returned. */
@PostgresTest
class PostgresDurabilityTests extends DurabilityTests {

    private final String url = TestPostgres.newDatabase();

    @Override
    String[] store() {
        return new String[] {"--spring.datasource.url=" + url};
    }
}
