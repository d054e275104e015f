package org.convenor.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.convenor.network.store.StaffApi;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * With an API key configured, the POST decision forms need it; reading rule sets and health stay open, and the
 * GET forms over the stored network need a signed-in user, not the key.
 */
@SpringBootTest(properties = {"convenor.security.api-key=a-long-test-key", "convenor.rules.watch=false"})
@AutoConfigureMockMvc
@ActiveProfiles("users")
class ApiKeyTests {

    static final String QUERY = """
            {"convenor": {"annualIncome": 4000000}, "members": []}""";

    @Autowired
    MockMvcTester mvc;

    @Test
    void aDecisionQueryWithoutTheKeyIsRefusedWithAProblem() {
        assertThat(mvc.post().uri("/api/fees/assessments").contentType(MediaType.APPLICATION_JSON).content(QUERY))
                .hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
                .hasPathSatisfying("$.detail", v -> v.assertThat().asString().contains("X-Api-Key"));
        assertThat(mvc.post().uri("/api/relationships/alerts").header("X-Api-Key", "wrong")
                .contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatus(401);
    }

    @Test
    void aDecisionQueryWithTheKeyIsAnswered() {
        assertThat(mvc.post().uri("/api/fees/assessments").header("X-Api-Key", "a-long-test-key")
                .contentType(MediaType.APPLICATION_JSON).content(QUERY)).hasStatusOk().bodyJson()
                .hasPathSatisfying("$.ruleSet.name", v -> v.assertThat().isEqualTo("fees"));
    }

    /** The description names the key on exactly the operations that, with a key configured, refuse without it. */
    @Test
    void exactlyTheOperationsThatNameTheKeyNeedIt() throws Exception {
        JsonNode api = JsonMapper.builder().build()
                .readTree(mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString());
        api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            boolean namesKey = entry.getValue().path("security").valueStream().anyMatch(s -> s.has("apiKey"));
            MockMvcTester.MockMvcRequestBuilder request = mvc.method(HttpMethod.valueOf(entry.getKey().toUpperCase()))
                    .uri(path.getKey().replaceAll("\\{[^}]+}", "fees"));
            if (entry.getValue().has("requestBody")) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
            MvcTestResult result = request.exchange();
            boolean refused = result.getResponse().getStatus() == 401
                    && new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).contains("X-Api-Key");
            assertThat(refused).as(entry.getKey() + " " + path.getKey()).isEqualTo(namesKey);
        }));
    }

    @Test
    void readingRuleSetsAndHealthNeedsNoKey() {
        assertThat(mvc.get().uri("/api/rulesets/fees")).hasStatusOk();
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk();
    }

    @Test
    void theGetFormsNeedASignedInUserNotTheKey() {
        assertThat(mvc.get().uri("/api/relationships/alerts").with(httpBasic(StaffApi.VIEWER, StaffApi.PASSWORD)))
                .hasStatusOk().bodyJson().hasPathSatisfying("$.alerts", v -> v.assertThat().asList().isEmpty());
        assertThat(mvc.get().uri("/api/relationships/alerts").header("X-Api-Key", "a-long-test-key")).hasStatus(401);
        assertThat(mvc.put().uri("/api/network").contentType(MediaType.APPLICATION_JSON).content("{\"members\": []}")
                .with(httpBasic(StaffApi.STAFF, StaffApi.PASSWORD))).hasStatusOk();
    }
}
