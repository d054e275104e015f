package org.convenor.network.store;

/** The same on a real PostgreSQL: an answer is sent only after the transaction's commit returned. */
class PostgresDurabilityTests extends DurabilityTests {

    private final String url = TestPostgres.newDatabase();

    @Override
    String[] store() {
        return new String[] {"--spring.datasource.url=" + url};
    }
}
