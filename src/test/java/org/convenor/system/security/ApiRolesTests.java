package org.convenor.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.network.store.StaffApi.ADMIN;
import static org.convenor.network.store.StaffApi.EDITOR;
import static org.convenor.network.store.StaffApi.OPERATOR;
import static org.convenor.network.store.StaffApi.STAFF;
import static org.convenor.network.store.StaffApi.VIEWER;

import java.util.stream.Stream;

import org.convenor.network.store.StaffApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Every endpoint of the stored network and its decisions: anonymous is 401, a role too small is 403 (an
 * OPERATOR, who only reloads, is too small for everything here), both as problems; the role named is let in.
 */
@SpringBootTest(properties = "convenor.rules.watch=false")
@AutoConfigureMockMvc
@ActiveProfiles("users")
class ApiRolesTests {

    @Autowired
    MockMvcTester mvc;

    /** method, path, JSON body, the smallest role let in, a user whose role is too small. */
    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/api/network", null, VIEWER, OPERATOR),
                Arguments.of(HttpMethod.PUT, "/api/network", "{\"members\": []}", STAFF, VIEWER),
                Arguments.of(HttpMethod.POST, "/api/network/members", "[]", STAFF, VIEWER),
                Arguments.of(HttpMethod.POST, "/api/network/interactions", "[]", STAFF, VIEWER),
                Arguments.of(HttpMethod.DELETE, "/api/network/interactions/1", null, STAFF, VIEWER),
                Arguments.of(HttpMethod.POST, "/api/network/coalitions", "[]", STAFF, VIEWER),
                Arguments.of(HttpMethod.DELETE, "/api/network/coalitions/k1", null, STAFF, VIEWER),
                Arguments.of(HttpMethod.POST, "/api/network/campaigns", "[]", STAFF, VIEWER),
                Arguments.of(HttpMethod.DELETE, "/api/network/campaigns/c1", null, STAFF, VIEWER),
                Arguments.of(HttpMethod.PUT, "/api/network/convenor", "{\"annualIncome\": 1}", STAFF, VIEWER),
                Arguments.of(HttpMethod.DELETE, "/api/network/members/m1", null, STAFF, VIEWER),
                Arguments.of(HttpMethod.GET, "/api/network/audit", null, EDITOR, STAFF),
                Arguments.of(HttpMethod.GET, "/api/fees/assessments", null, VIEWER, OPERATOR),
                Arguments.of(HttpMethod.GET, "/api/relationships/alerts", null, VIEWER, OPERATOR),
                Arguments.of(HttpMethod.GET, "/api/campaigns/c1/recommendations", null, VIEWER, OPERATOR),
                Arguments.of(HttpMethod.POST, "/api/rulesets/reload", null, OPERATOR, EDITOR),
                Arguments.of(HttpMethod.GET, "/api/rulesets/fees/drafts/d1", null, EDITOR, STAFF),
                Arguments.of(HttpMethod.GET, "/api/rulesets/fees/drafts/d1/changes", null, EDITOR, STAFF),
                Arguments.of(HttpMethod.POST, "/api/rulesets/fees/drafts/d1/ask-approval", null, EDITOR, STAFF),
                Arguments.of(HttpMethod.POST, "/api/rulesets/fees/drafts/d1/approve", null, EDITOR, VIEWER),
                Arguments.of(HttpMethod.POST, "/api/rulesets/fees/drafts/d1/send-back", "{\"note\": \"why\"}", EDITOR,
                        OPERATOR),
                Arguments.of(HttpMethod.GET, "/api/users", null, ADMIN, EDITOR),
                Arguments.of(HttpMethod.GET, "/api/users/audit", null, ADMIN, EDITOR),
                Arguments.of(HttpMethod.POST, "/api/users", "{}", ADMIN, EDITOR),
                Arguments.of(HttpMethod.GET, "/api/users/editor", null, ADMIN, EDITOR),
                Arguments.of(HttpMethod.PUT, "/api/users/nobody", "{}", ADMIN, EDITOR),
                Arguments.of(HttpMethod.POST, "/api/users/nobody/password", "{}", ADMIN, OPERATOR),
                Arguments.of(HttpMethod.DELETE, "/api/users/nobody/second-factor", null, ADMIN, VIEWER));
    }

    MvcTestResult call(HttpMethod method, String path, String body, String user, String password) {
        MockMvcTester.MockMvcRequestBuilder request = mvc.method(method).uri(path);
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return (user == null ? request : request.with(httpBasic(user, password))).exchange();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void anonymousIs401(HttpMethod method, String path, String body, String allowed, String tooSmall) {
        assertThat(call(method, path, body, null, null)).hasStatus(401)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).hasHeader("WWW-Authenticate", "Basic realm=\"convenor\"")
                .bodyJson().extractingPath("$.title").isEqualTo("Sign-in needed");
        assertThat(call(method, path, body, allowed, "wrong-password")).hasStatus(401);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void aRoleTooSmallIs403(HttpMethod method, String path, String body, String allowed, String tooSmall) {
        assertThat(call(method, path, body, tooSmall, StaffApi.PASSWORD)).hasStatus(403)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().extractingPath("$.detail").asString()
                .contains("VIEWER reads");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void theRoleNamedIsLetIn(HttpMethod method, String path, String body, String allowed, String tooSmall) {
        int status = call(method, path, body, allowed, StaffApi.PASSWORD).getResponse().getStatus();

        assertThat(status).isNotIn(401, 403).isLessThan(500);
    }

    @Test
    void eachRoleIncludesTheOneBefore() {
        assertThat(call(HttpMethod.GET, "/api/network/audit", null, EDITOR, StaffApi.PASSWORD)).hasStatusOk();
        assertThat(call(HttpMethod.PUT, "/api/network/convenor", "{\"annualIncome\": 5}", EDITOR, StaffApi.PASSWORD))
                .hasStatusOk();
        assertThat(call(HttpMethod.GET, "/api/network", null, STAFF, StaffApi.PASSWORD)).hasStatusOk();
        assertThat(call(HttpMethod.POST, "/api/rulesets/reload", null, EDITOR, StaffApi.PASSWORD)).hasStatus(403);
    }

    @Test
    void anyoneSignedInReachesTheirOwnTokensAndAnAdminIsNoViewer() {
        for (String user : new String[] {VIEWER, OPERATOR, ADMIN}) {
            assertThat(call(HttpMethod.GET, "/api/users/me/tokens", null, user, StaffApi.PASSWORD)).as(user)
                    .hasStatusOk();
        }
        assertThat(call(HttpMethod.GET, "/api/users/me/tokens", null, null, null)).hasStatus(401);
        assertThat(call(HttpMethod.GET, "/api/network", null, ADMIN, StaffApi.PASSWORD)).hasStatus(403);
    }

    @Test
    void readingRuleSetsAndThePostDecisionFormsStayOpen() {
        assertThat(call(HttpMethod.GET, "/api/rulesets/fees", null, null, null)).hasStatusOk();
        assertThat(call(HttpMethod.POST, "/api/fees/assessments", "{\"convenor\": {\"annualIncome\": 4000000},"
                + " \"members\": []}", null, null)).hasStatusOk();
        assertThat(call(HttpMethod.GET, "/v3/api-docs", null, null, null)).hasStatusOk();
    }

    @Test
    void anythingUnnamedUnderTheApiNeedsASignedInUserToBeFoundMissing() {
        assertThat(call(HttpMethod.GET, "/api/everything", null, null, null)).hasStatus(401);
        assertThat(call(HttpMethod.GET, "/api/everything", null, EDITOR, StaffApi.PASSWORD)).hasStatus(404);
    }

    @Test
    void healthShowsTheStatusToAllAndItsDetailsToASignedInOperatorOnly() {
        for (String user : new String[] {null, EDITOR}) {
            assertThat(call(HttpMethod.GET, "/actuator/health", null, user, StaffApi.PASSWORD)).hasStatusOk().bodyJson()
                    .hasPathSatisfying("$.status", status -> status.assertThat().isEqualTo("UP"))
                    .doesNotHavePath("$.components").doesNotHavePath("$.details");
        }
        assertThat(call(HttpMethod.GET, "/actuator/health", null, OPERATOR, StaffApi.PASSWORD)).hasStatusOk()
                .bodyJson().hasPathSatisfying("$.components.ruleSets.details.fees",
                        version -> version.assertThat().asString().hasSize(12))
                .hasPathSatisfying("$.components.db.status", status -> status.assertThat().isEqualTo("UP"));
    }
}
