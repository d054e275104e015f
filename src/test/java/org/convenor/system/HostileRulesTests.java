package org.convenor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import org.convenor.RunningApp;
import org.convenor.TempRules;
import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.RuleSet;
import org.convenor.engine.RuleSetCompiler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A rule that loops, throws or inserts without end fails the one request that triggers it, with a clear
 * problem; other requests keep being answered. Through the gate, such a rule is never activated.
 */
@SpringBootTest(properties = {"convenor.rules.watch=false", "spring.application.name=hostile"})
@AutoConfigureMockMvc
class HostileRulesTests {

    static final Path HOSTILE = Path.of("src/test/resources/hostile/hostile.drl");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ActiveRuleSets active;
    @Autowired
    RuleSetCompiler compiler;

    @TempDir
    Path root;

    RuleSet original;

    @AfterEach
    void restore() {
        if (original != null) {
            active.activate(original);
        }
    }

    /** As if the hostile rules had slipped past the gate: activated directly, without their scenarios. */
    void activateHostileFees() throws Exception {
        original = active.get("fees");
        TempRules rules = TempRules.copy(root);
        Files.copy(HOSTILE, rules.rules().resolve("fees/hostile.drl"));
        active.activate(compiler.compile("fees", rules.rules().resolve("fees")));
    }

    MvcTestResult askFor(String memberId) {
        return mvc.post().uri("/api/fees/assessments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"convenor\": {\"annualIncome\": 4000000}, \"members\": [{\"id\": \"" + memberId
                        + "\", \"kind\": \"ORGANISATION\", \"roles\": [\"PARTNER\"], \"country\": \"GB\", "
                        + "\"annualIncome\": 2000000}]}")
                .exchange();
    }

    @ParameterizedTest
    @CsvSource({
        "hostile-loop, fired more than",
        "hostile-throw, boom from a rule",
        "hostile-flood, inserted more than"})
    void aHostileRuleFailsOnlyTheRequestThatTriggersIt(String memberId, String detail) throws Exception {
        activateHostileFees();

        assertThat(askFor(memberId)).hasStatus(500).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
                .hasPathSatisfying("$.title", v -> v.assertThat().isEqualTo("A rule failed"))
                .hasPathSatisfying("$.detail", v -> v.assertThat().asString().contains(detail).contains("Hostile"))
                .doesNotHavePath("$.trace");
        assertThat(askFor("ordinary-partner")).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.assessments[0].amount", v -> v.assertThat().isEqualTo(1000));
    }

    @Test
    void theGateRejectsHostileRulesAndTheOldVersionKeepsAnswering(@TempDir Path other) throws Exception {
        JsonNode attempt = rejectedThroughGate(other, "hostile-loop");

        assertThat(attempt.path("failedScenarios").toString()).contains("fees/hostile.yaml").contains("fired more than");
        assertThat(attempt.path("coverage").path("uncovered").toString())
                .contains("Hostile: throws").contains("Hostile: inserts without end");
    }

    @Test
    void aRuleStuckInItsConsequenceIsRejectedWhenTheGateTimesOut(@TempDir Path other) throws Exception {
        JsonNode attempt = rejectedThroughGate(other, "hostile-wait", "--convenor.rules.gate-timeout=2s");

        assertThat(attempt.path("message").asString()).contains("did not finish within 2 s");
    }

    /**
     * Saves the hostile rules and a scenario for one hostile member into a running service, waits for the
     * rejection, checks the old version kept answering, and returns the rejected attempt.
     */
    JsonNode rejectedThroughGate(Path other, String memberId, String... args) throws Exception {
        TempRules rules = TempRules.copy(other);
        String[] all = Stream.concat(Stream.of("--convenor.rules.reload-debounce=100ms"), Arrays.stream(args))
                .toArray(String[]::new);
        try (RunningApp app = RunningApp.start(rules.args(all))) {
            String version = app.get("/api/rulesets/fees").body().path("version").asString();
            Files.writeString(rules.scenarios().resolve("fees/hostile.yaml"), """
                    name: A hostile member
                    given:
                      convenor: {annualIncome: 4000000}
                      members:
                        - {id: %s, kind: ORGANISATION, roles: [PARTNER], country: GB, annualIncome: 1}
                    expect:
                      assessments: [{memberId: %s}]
                    """.formatted(memberId, memberId));
            Files.copy(HOSTILE, rules.rules().resolve("fees/hostile.drl"));

            JsonNode status = app.await("/api/rulesets/fees", s -> "REJECTED".equals(
                    s.path("lastAttempt").path("outcome").asString()), Duration.ofSeconds(30)).body();

            assertThat(status.path("version").asString()).isEqualTo(version);
            assertThat(app.post("/api/fees/assessments", LIVE_QUERY).status()).isEqualTo(200);
            return status.path("lastAttempt");
        }
    }

    static final String LIVE_QUERY = """
            {"convenor": {"annualIncome": 4000000}, "members": [
              {"id": "n", "kind": "ORGANISATION", "roles": ["PARTNER"], "country": "GB", "annualIncome": 2000000}]}""";
}
