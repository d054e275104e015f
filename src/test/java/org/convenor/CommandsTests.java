package org.convenor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.convenor.engine.Decision;
import org.convenor.engine.RuleEngine;
import org.convenor.engine.RulesProperties;
import org.convenor.fees.FeeRequest;
import org.convenor.system.JsonFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@code check} builds its few objects without Spring, so it must build the same ones the service would: every
 * decision, and a JSON mapper configured exactly as the API's, so scenarios read {@code given} as a request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"convenor.rules.load-on-startup=false", "convenor.rules.watch=false"})
class CommandsTests {

    @Autowired
    JsonMapper apiJson;
    @Autowired
    List<Decision<?, ?>> serviceDecisions;
    @Autowired
    RulesProperties properties;

    @Test
    void decidesEveryRuleSetTheServiceDecides() {
        assertThat(Commands.decisions(new RuleEngine(properties), Clock.systemUTC()).stream().map(Decision::ruleSet))
                .containsExactlyInAnyOrderElementsOf(serviceDecisions.stream().map(Decision::ruleSet).toList());
    }

    @Test
    void readsAndWritesJsonExactlyAsTheApi() {
        JsonMapper checkJson = JsonFormat.mapper();

        for (DeserializationFeature feature : DeserializationFeature.values()) {
            assertThat(checkJson.isEnabled(feature)).as(feature.name()).isEqualTo(apiJson.isEnabled(feature));
        }
        for (SerializationFeature feature : SerializationFeature.values()) {
            assertThat(checkJson.isEnabled(feature)).as(feature.name()).isEqualTo(apiJson.isEnabled(feature));
        }
        for (MapperFeature feature : MapperFeature.values()) {
            assertThat(checkJson.isEnabled(feature)).as(feature.name()).isEqualTo(apiJson.isEnabled(feature));
        }
        assertThat(checkJson.serializationConfig().getDefaultPropertyInclusion())
                .isEqualTo(apiJson.serializationConfig().getDefaultPropertyInclusion());
        String misspelt = "{\"convenor\": {\"annualIncome\": 1}, \"members\": [], \"memebrs\": []}";
        String numberForARole = "{\"members\": [{\"id\": \"m\", \"kind\": \"PERSON\", \"roles\": [3]}]}";
        String numberForAnId = "{\"members\": [{\"id\": 7, \"kind\": \"PERSON\", \"roles\": []}]}";
        for (JsonMapper json : List.of(checkJson, apiJson)) {
            assertThatThrownBy(() -> json.readValue(misspelt, FeeRequest.class))
                    .isInstanceOf(UnrecognizedPropertyException.class);
            assertThatThrownBy(() -> json.readValue(numberForARole, FeeRequest.class))
                    .isInstanceOf(JacksonException.class);
            assertThatThrownBy(() -> json.readValue(numberForAnId, FeeRequest.class))
                    .isInstanceOf(JacksonException.class);
        }
    }

    @Test
    void neverStartsTheService() {
        noClasses().that().belongToAnyOf(Commands.class)
                .should().dependOnClassesThat().belongToAnyOf(org.springframework.boot.SpringApplication.class,
                        org.springframework.boot.builder.SpringApplicationBuilder.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.context..",
                        "org.springframework.beans.factory..")
                .check(new ClassFileImporter().importClasses(Commands.class));
    }

    @Test
    void readsTheServicesSettingsFromItsCommandLine() {
        RulesProperties fromArgs = Commands.properties(Commands.environment(new String[] {
            "--convenor.rules.directory=elsewhere", "--convenor.rules.max-firings-per-fact=7"}));

        assertThat(fromArgs.directory()).hasToString("elsewhere");
        assertThat(fromArgs.maxFiringsPerFact()).isEqualTo(7);
        assertThat(fromArgs.reloadDebounce()).as("from the packaged application.properties").hasMillis(500);
    }
}
