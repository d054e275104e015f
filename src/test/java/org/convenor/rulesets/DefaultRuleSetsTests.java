package org.convenor.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.convenor.ConvenorApplication;
import org.convenor.TempRules;
import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.RulesProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A deployment made before the introductions existed starts with them, as shipped, and its history says so. */
class DefaultRuleSetsTests {

    @TempDir
    Path root;

    @Test
    void aRulesFolderWithoutTheIntroductionsGetsTheShippedOnesJudgedAndRecordedAsTheirFirstVersion() throws IOException {
        TempRules rules = TempRules.copy(root);
        delete(rules.rules().resolve("introductions"));
        delete(rules.scenarios().resolve("introductions"));

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ConvenorApplication.class)
                .web(WebApplicationType.NONE).run(rules.args("--convenor.rules.watch=false"))) {
            assertThat(rules.rules().resolve("introductions/policy.drl")).exists();
            assertThat(rules.scenarios().resolve("introductions")).isNotEmptyDirectory();
            assertThat(context.getBean(ActiveRuleSets.class).find("introductions")).isPresent();
            assertThat(context.getBean(RuleSetHistory.class).entries("introductions")).singleElement()
                    .satisfies(entry -> assertThat(entry.files()).contains("rules/policy.drl"));
        }
    }

    @Test
    void anIntroductionsFolderStaffKeptIsNeverTouched() throws IOException {
        TempRules rules = TempRules.copy(root);
        rules.editRule("introductions/policy.drl", "insert(new IntroductionPolicy(3,", "insert(new IntroductionPolicy(4,");

        List<String> created = new DefaultRuleSets(new RulesProperties(rules.rules(), rules.scenarios(), List.of(), 100,
                Duration.ofMillis(500), Duration.ofSeconds(60))).createMissing();

        assertThat(created).isEmpty();
        assertThat(rules.rules().resolve("introductions/policy.drl")).content().contains("IntroductionPolicy(4,");
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
