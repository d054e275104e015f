package org.convenor.digest;

import org.convenor.PostgresTest;
import org.convenor.network.store.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same on a real PostgreSQL: two schedulers on one database still send each digest once. */
@PostgresTest
class PostgresDigestTests extends DigestTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = TestPostgres.newDatabase();
        registry.add("spring.datasource.url", () -> url);
    }
}
