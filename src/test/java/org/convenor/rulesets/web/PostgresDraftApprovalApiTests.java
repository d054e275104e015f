package org.convenor.rulesets.web;

import org.convenor.PostgresTest;
import org.convenor.network.store.TestPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The approvals' tests on a real PostgreSQL (14), where the reviews of drafts are kept in production. */
@PostgresTest
class PostgresDraftApprovalApiTests extends DraftApprovalApiTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = TestPostgres.newDatabase();
        registry.add("spring.datasource.url", () -> url);
    }
}
