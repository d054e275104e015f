package org.convenor.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTests {

    @TempDir
    Path scenarios;

    final ScenarioLoader loader = new ScenarioLoader();

    Path write(String file, String yaml) throws Exception {
        Files.createDirectories(scenarios.resolve("fees"));
        return Files.writeString(scenarios.resolve("fees").resolve(file), yaml);
    }

    @Test
    void readsAScenario() throws Exception {
        write("a.yaml", "name: A\ngiven: {members: []}\nexpect: {alerts: []}\n");

        assertThat(loader.load(scenarios, "fees")).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("A");
            assertThat(s.location()).isEqualTo("fees/a.yaml");
        });
    }

    @Test
    void aMisspeltKeyIsAnError() throws Exception {
        write("a.yaml", "name: A\ngiven: {members: []}\nexpcet: {alerts: []}\n");

        assertThatThrownBy(() -> loader.load(scenarios, "fees")).isInstanceOf(ScenarioFormatException.class)
                .hasMessageContaining("fees/a.yaml").hasMessageContaining("unknown key 'expcet'");
    }

    @Test
    void aScenarioWithoutExpectationsIsAnError() throws Exception {
        write("a.yaml", "name: A\ngiven: {members: []}\n");

        assertThatThrownBy(() -> loader.load(scenarios, "fees")).hasMessageContaining("needs 'expect' or 'expectNone'");
    }

    @Test
    void brokenYamlIsAnError() throws Exception {
        write("a.yaml", "name: [unclosed\n");

        assertThatThrownBy(() -> loader.load(scenarios, "fees")).isInstanceOf(ScenarioFormatException.class)
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void aRuleSetWithoutAFolderHasNoScenarios() {
        assertThat(loader.load(scenarios, "nothing-here")).isEmpty();
    }
}
