package org.convenor.rulesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.network.store.StaffApi.EDITOR;
import static org.convenor.network.store.StaffApi.VIEWER;
import static org.convenor.network.store.StaffApi.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import org.convenor.TempRules;
import org.convenor.network.store.StaffApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The headline staff task, through the API, on the demo network and a copy of the frozen rules: standard
 * journalists should hear from us every 60 days, not 90. Draft, change, check (the one scenario that states the
 * old number is named), accept its new values under a new title, preview the impact on the network, publish, see
 * it answer and recorded with the accepted scenario,
 * restore the version before and see that answer again.
 */
@SpringBootTest(properties = {"convenor.demo=true", "convenor.rules.watch=false"})
@AutoConfigureMockMvc
@ActiveProfiles("users")
class HeadlineRuleChangeTests {

    static final String SET = "/api/rulesets/relationships";
    static final String CADENCE_90 = "insert(new Cadence(Role.JOURNALIST,    60,   90));";
    static final String CADENCE_60 = "insert(new Cadence(Role.JOURNALIST,    60,   60));";
    static final String EVERY_90_DAYS = "scenarios/standard-journalists-every-90-days.yaml";
    static final String NEW_TITLE = "Standard journalists: every 60 days";

    static TempRules rules;

    @DynamicPropertySource
    static void rulesInATemporaryFolder(DynamicPropertyRegistry registry) throws IOException {
        rules = TempRules.copy(Files.createTempDirectory("headline"));
        registry.add("convenor.rules.directory", () -> rules.rules().toString());
        registry.add("convenor.rules.scenarios", () -> rules.scenarios().toString());
        registry.add("convenor.rule-changes.scratch", () -> rules.scratch().toString());
    }

    @Autowired
    MockMvcTester mvc;

    @Test
    void standardJournalistsEverySixtyDaysFromDraftToLiveAndBack() throws IOException {
        StaffApi api = new StaffApi(mvc);
        String before = body(api.get("/api/relationships/alerts", VIEWER), 200).at("/ruleSet/version").asString();

        JsonNode draft = body(api.post(SET + "/drafts", "", EDITOR), 201);
        String drafts = SET + "/drafts/" + draft.get("id").asString();
        String policy = file(drafts + "/files/rules/policy.drl");
        assertThat(policy).contains(CADENCE_90);
        write(drafts + "/files/rules/policy.drl", policy.replace(CADENCE_90, CADENCE_60));

        JsonNode check = body(api.post(drafts + "/check", "", EDITOR), 200);
        assertThat(check.get("outcome").asString()).isEqualTo("REJECTED");
        assertThat(check.get("failedScenarios").findValuesAsString("file")).containsExactly(EVERY_90_DAYS);
        JsonNode accepted = body(api.post(drafts + "/accept", "{\"scenario\": \"" + EVERY_90_DAYS + "\", \"name\": \""
                + NEW_TITLE + "\"}", EDITOR), 200);
        assertThat(accepted.get("changes")).hasSize(2);
        assertThat(accepted.get("unresolved")).isEmpty();
        assertThat(accepted.get("name").asString()).isEqualTo(NEW_TITLE);
        assertThat(accepted.get("description").asString()).contains("every 90 days");
        assertThat(file(drafts + "/files/" + EVERY_90_DAYS)).startsWith("name: \"" + NEW_TITLE + "\"\n");
        assertThat(body(api.post(drafts + "/check", "", EDITOR), 200).get("outcome").asString()).isEqualTo("PASSED");

        JsonNode preview = body(api.post(drafts + "/preview", "", EDITOR), 200);
        assertThat(preview.at("/base/version").asString()).isEqualTo(before);
        assertThat(preview.at("/candidate/id").isNull()).isTrue();
        assertPreviewMovesOnlyStandardJournalists(api, preview);

        JsonNode published = body(api.post(drafts + "/publish", "{\"message\": \"Journalists every 60 days\"}",
                EDITOR), 200);
        String after = published.at("/entry/version").asString();
        assertThat(after).isNotEqualTo(before).isEqualTo(preview.at("/candidate/version").asString());
        assertThat(Files.readString(rules.rules().resolve("relationships/policy.drl"))).contains(CADENCE_60);
        assertThat(body(api.get("/api/relationships/alerts", VIEWER), 200).at("/ruleSet/version").asString())
                .isEqualTo(after);
        JsonNode history = body(api.get(SET + "/history", VIEWER), 200);
        assertThat(history.get(0).get("author").asString()).isEqualTo(EDITOR);
        assertThat(history.get(0).get("message").asString()).isEqualTo("Journalists every 60 days");
        assertThat(history.get(0).get("files").toString()).contains("rules/policy.drl", EVERY_90_DAYS)
                .doesNotContain("cadence-edges");
        assertThat(history.get(0).get("acceptedScenarios")).singleElement().satisfies(scenario -> {
            assertThat(scenario.get("scenario").asString()).isEqualTo(EVERY_90_DAYS);
            assertThat(scenario.get("name").asString()).isEqualTo(NEW_TITLE);
            assertThat(scenario.get("changes").findValuesAsString("path"))
                    .containsExactly("expect.alerts[0].message", "expectNone.alerts[0]");
        });
        assertThat(history.get(1).get("acceptedScenarios")).as("an entry made before").isEmpty();

        String previous = history.get(1).get("id").asString();
        body(api.post(SET + "/history/" + previous + "/restore", "{\"message\": \"Back to 90 days\"}", EDITOR), 200);
        assertThat(body(api.get("/api/relationships/alerts", VIEWER), 200).at("/ruleSet/version").asString())
                .isEqualTo(before);
        assertThat(body(api.get(SET + "/history", VIEWER), 200)).hasSize(3);
    }

    /**
     * Every change is a standard journalist's (journalist is its only role), and its kind follows from the days
     * since its last contact: 61–90 days a new warning, 121–180 a warning become critical, 91–120 and past 180 only
     * the message ("every 60 days"); and every standard journalist in those bands is there.
     */
    void assertPreviewMovesOnlyStandardJournalists(StaffApi api, JsonNode preview) {
        JsonNode network = body(api.get("/api/network", VIEWER), 200);
        // The day the preview decided as of, not the clock: a run that crosses midnight still compares like with like.
        LocalDate today = LocalDate.parse(preview.get("asOf").asString());
        Map<String, LocalDate> lastContact = new HashMap<>();
        network.get("interactions").forEach(i -> lastContact.merge(i.get("memberId").asString(),
                LocalDate.parse(i.get("date").asString()), (a, b) -> a.isAfter(b) ? a : b));
        Set<String> standardJournalists = network.get("members").valueStream()
                .filter(m -> m.get("roles").size() == 1 && "JOURNALIST".equals(m.get("roles").get(0).asString())
                        && "STANDARD".equals(m.get("tier").asString()))
                .map(m -> m.get("id").asString()).collect(Collectors.toSet());
        Map<String, String> expected = new HashMap<>();
        for (String journalist : standardJournalists) {
            LocalDate last = lastContact.get(journalist);
            long days = last == null || last.isAfter(today) ? -1 : ChronoUnit.DAYS.between(last, today);
            if (days > 60 && days <= 90) {
                expected.put(journalist, "ADDED");
            } else if (days > 120 && days <= 180) {
                expected.put(journalist, "CRITICAL");
            } else if (days > 90) {
                expected.put(journalist, "MESSAGE");
            }
        }
        assertThat(expected.values()).contains("ADDED", "CRITICAL", "MESSAGE");

        Map<String, String> seen = new HashMap<>();
        for (JsonNode change : preview.get("changes")) {
            String member = change.at("/subject/memberId").asString();
            assertThat(standardJournalists).as("a change for %s", member).contains(member);
            assertThat(change.at("/subject/kind").asString()).isEqualTo("NEGLECTED");
            JsonNode was = change.get("before");
            JsonNode is = change.get("after");
            switch (change.get("change").asString()) {
                case "ADDED" -> {
                    assertThat(is.get("severity").asString()).isEqualTo("WARNING");
                    seen.put(member, "ADDED");
                }
                case "CHANGED" -> {
                    assertThat(is.get("message").asString()).contains("every 60 days");
                    assertThat(was.get("message").asString()).contains("every 90 days");
                    boolean critical = "WARNING".equals(was.get("severity").asString())
                            && "CRITICAL".equals(is.get("severity").asString());
                    if (!critical) {
                        assertThat(is.get("severity")).isEqualTo(was.get("severity"));
                        assertThat(is.get("daysSinceContact")).isEqualTo(was.get("daysSinceContact"));
                    }
                    seen.put(member, critical ? "CRITICAL" : "MESSAGE");
                }
                default -> throw new AssertionError("unexpected change " + change);
            }
        }
        assertThat(seen).isEqualTo(expected);
        assertThat(preview.at("/summary/added").asInt()).isEqualTo(count(expected, "ADDED"));
        assertThat(preview.at("/summary/changed").asInt()).isEqualTo(expected.size() - count(expected, "ADDED"));
        assertThat(preview.at("/summary/removed").asInt()).isZero();
        assertThat(preview.at("/summary/unchanged").asInt()).isPositive();
    }

    static int count(Map<String, String> changes, String kind) {
        return (int) changes.values().stream().filter(kind::equals).count();
    }

    String file(String path) {
        return new String(mvc.get().uri(path).with(httpBasic(EDITOR, StaffApi.PASSWORD)).exchange().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    void write(String path, String text) {
        assertThat(mvc.put().uri(path).contentType(MediaType.TEXT_PLAIN).content(text)
                .with(httpBasic(EDITOR, StaffApi.PASSWORD))).hasStatus(204);
    }
}
