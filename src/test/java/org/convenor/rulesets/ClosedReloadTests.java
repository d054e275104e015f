package org.convenor.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.convenor.RunningApp;
import org.convenor.TempRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClosedReloadTests {

    @TempDir
    Path root;

    @Test
    void withNoOperatorConfiguredReloadIsClosedToEveryone() {
        try (RunningApp app = RunningApp.start(TempRules.copy(root).args())) {
            assertThat(app.postAs(RunningApp.OPERATOR, RunningApp.PASSWORD, "/api/rulesets/reload").status())
                    .isEqualTo(401);
            assertThat(app.postAs("", "", "/api/rulesets/reload").status()).isEqualTo(401);
            assertThat(app.get("/api/rulesets").status()).isEqualTo(200);
        }
    }
}
