package org.convenor.network.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;

import org.convenor.network.Reader;
import org.convenor.ConvenorApplication;
import org.convenor.network.CoalitionResponse;
import org.convenor.network.store.AuditLog;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.NetworkWrites;
import org.convenor.network.store.StoredInteraction;
import org.convenor.network.store.StoredNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Demo mode loads the demo files (here a small fixture of the same format) into an empty store, dated to end yesterday. */
class DemoNetworkTests {

    @TempDir
    Path data;

    ConfigurableApplicationContext start(String... more) {
        String[] args = Stream.concat(Stream.of("--spring.datasource.url=jdbc:h2:file:" + data.resolve("convenor"),
                "--convenor.rules.watch=false", "--convenor.demo-files=classpath:demo-fixture/"), Stream.of(more))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(ConvenorApplication.class).web(WebApplicationType.NONE).run(args);
    }

    @Test
    void loadsTheDemoNetworkIntoAnEmptyStoreEndingYesterday() {
        LocalDate before = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        try (ConfigurableApplicationContext context = start("--convenor.demo=true")) {
            LocalDate after = LocalDate.now(ZoneOffset.UTC).minusDays(1);
            StoredNetwork network = context.getBean(NetworkStore.class).read();

            assertThat(network.members()).extracting(member -> member.id()).containsExactly("former-envoy",
                    "geneva-rights", "lena-journalist", "nairobi-clinic");
            assertThat(network.members().get(1).name()).isEqualTo("Geneva Rights, Inc.");
            // Restricted in the files without an owner: given to the demo user, the one user who may own members.
            assertThat(network.members().get(0).restricted()).isTrue();
            assertThat(network.members().get(0).owner()).isEqualTo("demo");
            assertThat(network.interactions()).hasSize(6);
            assertThat(network.convenor().currency()).isEqualTo("GBP");
            assertThat(network.campaigns()).hasSize(1);
            assertThat(network.links()).extracting(link -> link.from() + " " + link.kind() + " " + link.to())
                    .containsExactly("lena-journalist WORKS_AT geneva-rights", "former-envoy KNOWS nairobi-clinic");
            // The last day in the files (a decline on 2026-03-31) is yesterday, whichever side of midnight the store
            // was loaded; everything moved by as many days.
            LocalDate yesterday = network.coalitions().get(0).responses().get(1).date();
            assertThat(yesterday).isIn(before, after);
            assertThat(network.coalitions().get(0).responses()).extracting(CoalitionResponse::date)
                    .containsExactly(yesterday.minusDays(56), yesterday);
            assertThat(network.coalitions().get(0).formedOn()).isEqualTo(yesterday.minusDays(58));
            assertThat(network.interactions()).extracting(StoredInteraction::date).allMatch(day -> day.isBefore(yesterday))
                    .contains(yesterday.minusDays(11));
            assertThat(context.getBean(AuditLog.class).entries(10)).extracting(AuditLog.Entry::user)
                    .containsOnly(DemoNetwork.LOADER);
        }
    }

    @Test
    void leavesAStoreThatHoldsANetworkAlone() {
        try (ConfigurableApplicationContext context = start("--convenor.demo=true")) {
            context.getBean(NetworkWrites.class).erase("former-envoy", Reader.service("someone"));
        }
        try (ConfigurableApplicationContext context = start("--convenor.demo=true")) {
            assertThat(context.getBean(NetworkStore.class).read().members()).hasSize(3);
        }
    }

    @Test
    void loadsNothingWithoutTheFlag() {
        try (ConfigurableApplicationContext context = start()) {
            StoredNetwork network = context.getBean(NetworkStore.class).read();
            assertThat(network.members()).isEmpty();
            assertThat(network.convenor()).isNull();
        }
    }
}
