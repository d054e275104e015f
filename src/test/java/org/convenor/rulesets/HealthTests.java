package org.convenor.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.convenor.ConvenorApplication;
import org.convenor.TempRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

class HealthTests {

    @TempDir
    Path root;

    Health healthWith(TempRules rules) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ConvenorApplication.class)
                .web(WebApplicationType.NONE).run(rules.args())) {
            return context.getBean(RuleSetsHealth.class).health();
        }
    }

    @Test
    void upWithEveryRuleSetActive() {
        Health health = healthWith(TempRules.copy(root));

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsKeys("fees", "coalitions", "relationships", "introductions");
    }

    @Test
    void downWhenARuleSetIsMissing() throws IOException {
        TempRules rules = TempRules.copy(root);
        FileSystemUtils.deleteRecursively(rules.rules().resolve("coalitions"));

        Health health = healthWith(rules);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("missing", java.util.List.of("coalitions"));
    }
}
