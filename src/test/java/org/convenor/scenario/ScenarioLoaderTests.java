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
    void datesRelativeToAsOfAreResolvedBeforeTheRequestIsRead() throws Exception {
        write("a.yaml", """
                name: A
                given:
                  asOf: 2026-11-25
                  interactions:
                    - {memberId: a, date: "91 days before asOf", kind: CALL}
                    - {memberId: a, date: 1 day before asOf, kind: CALL}
                    - {memberId: a, date: "0 days before asOf", kind: CALL}
                    - {memberId: a, date: 2026-12-02, kind: CALL, note: "after asOf, so it does not count"}
                expect: {alerts: []}
                """);

        Scenario scenario = loader.load(scenarios, "fees").get(0);

        assertThat(scenario.given().path("interactions").findValuesAsString("date"))
                .containsExactly("2026-08-26", "2026-11-24", "2026-11-25", "2026-12-02");
        assertThat(scenario.given().path("interactions").get(3).path("note").asString())
                .isEqualTo("after asOf, so it does not count");
        assertThat(scenario.given().path("asOf").asString()).isEqualTo("2026-11-25");
    }

    @Test
    void aRelativeDateWithoutAsOfNamesTheFileAndThePath() throws Exception {
        write("a.yaml", """
                name: A
                given:
                  interactions:
                    - {memberId: a, date: "91 days before asOf", kind: CALL}
                expect: {alerts: []}
                """);

        assertThatThrownBy(() -> loader.load(scenarios, "fees")).isInstanceOf(ScenarioFormatException.class)
                .hasMessageContaining("fees/a.yaml").hasMessageContaining("given.interactions[0].date")
                .hasMessageContaining("given.asOf, which is missing");
    }

    @Test
    void anAsOfThatIsNotADateCannotBeCountedBackFrom() throws Exception {
        write("a.yaml", """
                name: A
                given:
                  asOf: 25/11/2026
                  coalitions: [{id: c, formedOn: "3 days before asOf"}]
                expect: {alerts: []}
                """);

        assertThatThrownBy(() -> loader.load(scenarios, "fees")).isInstanceOf(ScenarioFormatException.class)
                .hasMessageContaining("fees/a.yaml: given.asOf: '25/11/2026' is not a date")
                .hasMessageContaining("given.coalitions[0].formedOn");
    }

    @Test
    void aPhraseThatIsNearlyARelativeDateIsAnErrorNamingWhereItIs() throws Exception {
        for (String phrase : new String[] {"91 days after asOf", "91 days ago", "91 days before asof",
            "91 days before as of", "ninety days before asOf", "-3 days before asOf", "91 days before asOf."}) {
            write("a.yaml", """
                    name: A
                    given:
                      asOf: 2026-11-25
                      interactions:
                        - {memberId: a, date: 2026-11-01, kind: CALL}
                        - {memberId: a, date: "%s", kind: CALL}
                    expect: {alerts: []}
                    """.formatted(phrase));

            assertThatThrownBy(() -> loader.load(scenarios, "fees")).as(phrase)
                    .isInstanceOf(ScenarioFormatException.class)
                    .hasMessageContaining("fees/a.yaml: given.interactions[1].date: '" + phrase + "' is not a date")
                    .hasMessageContaining("\"N days before asOf\"");
        }
    }

    @Test
    void asOfItselfCannotBeRelative() throws Exception {
        write("a.yaml", "name: A\ngiven: {asOf: \"2 days before asOf\"}\nexpect: {alerts: []}\n");

        assertThatThrownBy(() -> loader.load(scenarios, "fees")).hasMessageContaining("given.asOf: asOf is the date");
    }

    @Test
    void relativeDatesOutsideGivenAreLeftAlone() throws Exception {
        write("a.yaml", "name: A\ngiven: {members: []}\nexpect: {alerts: [{message: \"91 days before asOf\"}]}\n");

        assertThat(loader.load(scenarios, "fees").get(0).expect().path("alerts").get(0).path("message").asString())
                .isEqualTo("91 days before asOf");
    }

    @Test
    void aRuleSetWithoutAFolderHasNoScenarios() {
        assertThat(loader.load(scenarios, "nothing-here")).isEmpty();
    }
}
