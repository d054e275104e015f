package org.convenor.network.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.convenor.ConvenorApplication;
import org.convenor.network.InteractionKind;
import org.convenor.network.Member;
import org.convenor.network.MemberKind;
import org.convenor.network.Role;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded store is a file: what is written is there after a restart, and the schema is migrated once. */
class StoreRestartTests {

    @TempDir
    Path data;

    ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ConvenorApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=jdbc:h2:file:" + data.resolve("convenor"), "--convenor.rules.watch=false");
    }

    @Test
    void theNetworkSurvivesARestart() {
        StoredNetwork written = new StoredNetwork(new ConvenorIncome(new BigDecimal("4000000"), "GBP"),
                List.of(new Member("amira", "Amira Haddad", MemberKind.PERSON, List.of(Role.JOURNALIST), null, null,
                        "LB", null, null, null, List.of("p5"), null, null, null, null, null)),
                List.of(new StoredInteraction(null, "amira", LocalDate.of(2026, 11, 2), InteractionKind.CALL, "hello", null,
                        null)),
                List.of(), List.of());
        try (ConfigurableApplicationContext context = start()) {
            context.getBean(NetworkReplacement.class).replace(written, "tester");
        }

        try (ConfigurableApplicationContext context = start()) {
            StoredNetwork read = context.getBean(NetworkStore.class).read();
            assertThat(read.convenor()).isEqualTo(written.convenor());
            assertThat(read.members()).isEqualTo(written.members());
            assertThat(read.interactionFacts()).isEqualTo(written.interactionFacts());
            // Every migration applied once, at the first start; the restart found the schema current.
            assertThat(context.getBean(Flyway.class).info().applied()).hasSameSizeAs(context.getBean(Flyway.class)
                    .info().all()).isNotEmpty();
            assertThat(context.getBean(AuditLog.class).entries(10)).hasSize(1);
        }
        assertThat(data.resolve("convenor.mv.db")).exists();
    }
}
