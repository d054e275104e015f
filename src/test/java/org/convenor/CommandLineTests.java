package org.convenor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.convenor.network.store.NetworkStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code check} never opens the database: the service may be running beside it and holding the embedded file. */
class CommandLineTests {

    @TempDir
    Path root;

    @Test
    void aCommandHasNoDataSourceAndNoStore() {
        try (ConfigurableApplicationContext context = CommandLineContext.start(TempRules.copy(root).args())) {
            assertThat(context.getBeanNamesForType(DataSource.class)).isEmpty();
            assertThat(context.getBeanNamesForType(NetworkStore.class)).isEmpty();
        }
    }

    @Test
    void checkPassesWithADatabaseThatCannotBeOpened() {
        // Port 1 on loopback refuses every connection: a command that tried to connect would fail.
        assertThat(ConvenorApplication.check(TempRules.copy(root)
                .args("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none"))).isZero();
    }
}
