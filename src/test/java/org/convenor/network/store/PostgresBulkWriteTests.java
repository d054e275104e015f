package org.convenor.network.store;

import org.convenor.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The bulk writes on a real PostgreSQL (14), the production database. */
@PostgresTest
class PostgresBulkWriteTests extends BulkWriteTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = TestPostgres.newDatabase();
        registry.add("spring.datasource.url", () -> url);
    }
}
