package org.convenor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import tools.jackson.databind.JsonNode;

import org.convenor.RunningApp;
import org.convenor.TempRules;
import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.RuleSet;
import org.convenor.engine.RulesProperties;
import org.convenor.engine.compile.RuleSetCompiler;
import org.convenor.engine.compile.RuleVocabulary;
import org.convenor.rulesets.RuleSetGate;
import org.convenor.rulesets.Verdict;
import org.convenor.scenario.ScenarioLoader;
import org.convenor.scenario.ScenarioRunner;
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
 * problem; other requests keep being answered. Through the gate, such a rule is never activated, and one that
 * would run away or reach outside the rule vocabulary is refused before any of it runs.
 */
@SpringBootTest(properties = {"convenor.rules.watch=false", "spring.application.name=hostile"})
@AutoConfigureMockMvc
class HostileRulesTests {

    static final Path HOSTILE = Path.of("src/test/resources/hostile/hostile.drl");
    static final Path WAITS = Path.of("src/test/resources/hostile/waits.drl");
    static final Path RUNAWAY = Path.of("src/test/resources/hostile/runaway.drl");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ActiveRuleSets active;
    @Autowired
    RuleSetCompiler compiler;
    @Autowired
    ScenarioLoader scenarios;
    @Autowired
    ScenarioRunner runner;
    @Autowired
    RulesProperties properties;

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
        JsonNode attempt = rejectedThroughGate(other, HOSTILE, "hostile-loop");

        assertThat(attempt.path("failedScenarios").toString()).contains("fees/hostile.yaml").contains("fired more than");
        assertThat(attempt.path("coverage").path("uncovered").toString())
                .contains("Hostile: throws").contains("Hostile: inserts without end");
    }

    @Test
    void aRuleThatWouldRunAwayOrStopTheServiceIsRefusedBeforeItRuns(@TempDir Path other) throws Exception {
        JsonNode attempt = rejectedThroughGate(other, RUNAWAY, "hostile-spin");

        assertThat(attempt.path("errors").toString())
                .contains("\"line\":12", "rules may not loop in an action")
                .contains("\"line\":19", "rules may not call System.exit");
        assertThat(attempt.path("failedScenarios").isEmpty()).isTrue();
    }

    @Test
    void aRuleStuckInItsConsequenceIsRejectedWhenTheGateTimesOut() throws Exception {
        // The vocabulary leaves an action no way to get stuck; widened by Thread, one can, and the timeout is the net.
        RuleSetCompiler widened = new RuleSetCompiler(RuleVocabulary.standard().and(Thread.class));
        RuleSetGate gate = new RuleSetGate(widened, scenarios, runner, new RulesProperties(properties.directory(),
                properties.scenarios(), properties.required(), properties.maxFiringsPerFact(),
                properties.reloadDebounce(), Duration.ofSeconds(2)));
        TempRules rules = hostileScenario(TempRules.copy(root), WAITS, "hostile-wait");

        Verdict verdict = gate.judge("fees", rules.rules().resolve("fees"), rules.scenarios().resolve("fees"));

        assertThat(verdict.problem()).contains("did not finish within 2 s");
    }

    /** Adds the hostile rules and a scenario for one hostile member to a copy of the rules. */
    static TempRules hostileScenario(TempRules rules, Path drl, String memberId) throws IOException {
        Files.writeString(rules.scenarios().resolve("fees/hostile.yaml"), """
                name: A hostile member
                given:
                  convenor: {annualIncome: 4000000}
                  members:
                    - {id: %s, kind: ORGANISATION, roles: [PARTNER], country: GB, annualIncome: 1}
                expect:
                  assessments: [{memberId: %s}]
                """.formatted(memberId, memberId));
        Files.copy(drl, rules.rules().resolve("fees/hostile.drl"));
        return rules;
    }

    /**
     * Saves the hostile rules and a scenario for one hostile member into a running service, waits for the
     * rejection, checks the old version kept answering, and returns the rejected attempt.
     */
    JsonNode rejectedThroughGate(Path other, Path drl, String memberId) throws Exception {
        TempRules rules = TempRules.copy(other);
        try (RunningApp app = RunningApp.start(rules.args("--convenor.rules.reload-debounce=100ms"))) {
            String version = app.get("/api/rulesets/fees").body().path("version").asString();
            hostileScenario(rules, drl, memberId);

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
