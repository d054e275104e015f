package org.convenor.system.security.users;

import org.convenor.PostgresTest;
import org.convenor.network.store.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same tests on a real PostgreSQL (14), the production database. */
@PostgresTest
class PostgresUsersApiTests extends UsersApiTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = TestPostgres.newDatabase();
        registry.add("spring.datasource.url", () -> url);
    }
}
