package org.convenor.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import tools.jackson.databind.JsonNode;

import org.convenor.RunningApp.Answer;
import org.convenor.RunningApp;
import org.convenor.TempRules;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real files in a temporary folder, a real running service: rule changes go live only through the gate. */
class LiveReloadTests {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final String QUERY = """
            {"convenor": {"annualIncome": 40000000}, "members": [
              {"id": "big-ngo", "kind": "ORGANISATION", "roles": ["PARTNER"], "country": "US", "annualIncome": 300000000}]}""";

    @TempDir
    Path root;

    TempRules rules;
    RunningApp app;
    String original;

    @BeforeEach
    void start() {
        rules = TempRules.copy(root);
        app = RunningApp.start(rules.args("--convenor.rules.reload-debounce=200ms",
                "--convenor.security.operator-username=" + RunningApp.OPERATOR,
                "--convenor.security.operator-password=" + RunningApp.PASSWORD));
        original = fees().path("version").asString();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    JsonNode fees() {
        return app.get("/api/rulesets/fees").body();
    }

    Answer ask() {
        return app.post("/api/fees/assessments", QUERY);
    }

    JsonNode awaitAttempt(String outcome) {
        return app.await("/api/rulesets/fees", status -> outcome.equals(status.path("lastAttempt").path("outcome").asString())
                && !original.equals(status.path("lastAttempt").path("version").asString("")), WAIT).body();
    }

    @Test
    void aValidChangeGoesLiveAndTheNextAnswerCarriesTheNewVersion() {
        rules.editRule("fees/income-bands.drl", "\"% of income.\"", "\"% of its income.\"");

        JsonNode status = app.await("/api/rulesets/fees", s -> !original.equals(s.path("version").asString()), WAIT).body();

        assertThat(status.path("lastAttempt").path("outcome").asString()).isEqualTo("ACTIVATED");
        assertThat(status.path("history").size()).isEqualTo(2);
        Answer answer = ask();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("ruleSet").path("version").asString()).isEqualTo(status.path("version").asString());
        assertThat(answer.body().path("assessments").get(0).path("reasons").toString()).contains("% of its income.");
        assertThat(app.bean(RuleSetHistory.class).entries("fees")).hasSize(2).first().satisfies(entry -> {
            assertThat(entry.author()).isEqualTo(RuleSetHistory.FILE_SYSTEM);
            assertThat(entry.version()).isEqualTo(status.path("version").asString());
            assertThat(entry.files()).containsExactly("rules/income-bands.drl");
        });
    }

    @Test
    void aSyntaxErrorIsRejectedWithFileAndLineWhileTheOldVersionKeepsAnswering() {
        rules.editRule("fees/waiver.drl", "FeeCandidate($id : memberId)", "FeeCandidate($id : memberId");

        JsonNode status = app.await("/api/rulesets/fees",
                s -> "REJECTED".equals(s.path("lastAttempt").path("outcome").asString()), WAIT).body();

        JsonNode error = status.path("lastAttempt").path("errors").get(0);
        assertThat(error.path("file").asString()).isEqualTo("fees/waiver.drl");
        assertThat(error.path("line").asInt()).isPositive();
        assertThat(error.path("message").asString()).isNotBlank();
        assertThat(status.path("version").asString()).isEqualTo(original);
        Answer answer = ask();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("ruleSet").path("version").asString()).isEqualTo(original);
    }

    @Test
    void aChangeThatBreaksAScenarioIsRejectedNamingItAndFixingTheScenarioActivatesIt() {
        rules.editRule("fees/policy.drl", "null,    10000L", "null,    12000L");

        JsonNode rejected = awaitAttempt("REJECTED");
        JsonNode failed = rejected.path("lastAttempt").path("failedScenarios").get(0);
        assertThat(failed.path("file").asString()).isEqualTo("fees/income-bands.yaml");
        JsonNode amount = failed.path("failures").get(0);
        assertThat(amount.path("path").asString()).isEqualTo("expect.assessments[7].amount");
        assertThat(amount.path("expected").asInt()).isEqualTo(10000);
        assertThat(amount.path("actual").asInt()).isEqualTo(12000);
        assertThat(amount.path("message").asString()).endsWith("(memberId: exactly-250m): amount expected 10000 but was 12000");
        assertThat(failed.path("failures").get(1).path("path").asString()).isEqualTo("expect.portfolio.totalFees");
        assertThat(ask().body().path("assessments").get(0).path("amount").asInt()).isEqualTo(10000);

        rules.editScenario("fees/income-bands.yaml", "{memberId: exactly-250m, amount: 10000}",
                "{memberId: exactly-250m, amount: 12000}");
        rules.editScenario("fees/income-bands.yaml", "totalFees: 27250", "totalFees: 29250");

        JsonNode activated = app.await("/api/rulesets/fees", s -> !original.equals(s.path("version").asString()), WAIT)
                .body();
        assertThat(activated.path("lastAttempt").path("outcome").asString()).isEqualTo("ACTIVATED");
        assertThat(ask().body().path("assessments").get(0).path("amount").asInt()).isEqualTo(12000);
    }

    @Test
    void aChangedScenarioRechecksItsRuleSetWithoutRecompilingIt() {
        rules.editScenario("fees/waiver.yaml", "amount: 0, exemption: WAIVER", "amount: 5, exemption: WAIVER");

        JsonNode rejected = app.await("/api/rulesets/fees",
                s -> "REJECTED".equals(s.path("lastAttempt").path("outcome").asString()), WAIT).body();
        assertThat(rejected.path("lastAttempt").path("failedScenarios").get(0).path("file").asString())
                .isEqualTo("fees/waiver.yaml");
        assertThat(rejected.path("version").asString()).isEqualTo(original);

        rules.editScenario("fees/waiver.yaml", "amount: 5, exemption: WAIVER", "amount: 0, exemption: WAIVER");

        JsonNode rechecked = app.await("/api/rulesets/fees",
                s -> "UNCHANGED".equals(s.path("lastAttempt").path("outcome").asString()), WAIT).body();
        assertThat(rechecked.path("lastAttempt").path("message").asString()).contains("as they were");
        assertThat(rechecked.path("version").asString()).isEqualTo(original);
        assertThat(rechecked.path("history").size()).isEqualTo(1);
    }

    @Test
    void reloadNeedsTheOperatorAndSaysPerRuleSetWhatHappened() {
        Answer anonymous = app.post("/api/rulesets/reload", "");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body().path("title").asString()).isEqualTo("Sign-in needed");
        assertThat(app.postAs(RunningApp.OPERATOR, "wrong", "/api/rulesets/reload").status()).isEqualTo(401);

        Answer reload = app.postAs(RunningApp.OPERATOR, RunningApp.PASSWORD, "/api/rulesets/reload");

        assertThat(reload.status()).isEqualTo(200);
        assertThat(reload.body().findValuesAsString("ruleSet")).containsExactly("coalitions", "fees", "introductions", "relationships");
        assertThat(reload.body().findValuesAsString("outcome")).containsOnly("UNCHANGED");
    }

    @Test
    void aRemovedRuleSetFolderIsRejectedAndTheActiveVersionStays() throws Exception {
        try (var files = Files.list(rules.rules().resolve("fees"))) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(rules.rules().resolve("fees"));

        JsonNode status = app.await("/api/rulesets/fees",
                s -> "REJECTED".equals(s.path("lastAttempt").path("outcome").asString()), WAIT).body();

        assertThat(status.path("version").asString()).isEqualTo(original);
        assertThat(ask().status()).isEqualTo(200);
    }
}
