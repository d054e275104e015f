package org.convenor.system.security.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.network.store.StaffApi.ADMIN;
import static org.convenor.network.store.StaffApi.EDITOR;
import static org.convenor.network.store.StaffApi.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.convenor.network.store.StaffApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Users kept by the service through the API, on one database: {@link H2UsersApiTests} on the embedded default,
 * {@link PostgresUsersApiTests} on a real PostgreSQL. The configured {@code admin} manages them; each test starts
 * with no stored user.
 */
@SpringBootTest(properties = "convenor.rules.watch=false")
@AutoConfigureMockMvc
@ActiveProfiles("users")
abstract class UsersApiTests {

    static final String GOOD_PASSWORD = "a lantern by the harbour";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SecondFactors factors;

    StaffApi api;

    @BeforeEach
    void noStoredUsers() {
        api = new StaffApi(mvc);
        for (String table : List.of("api_token", "recovery_code", "second_factor", "staff_user_role", "staff_user",
                "user_audit_entry")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    static String newUser(String username, String roles, String password) {
        return "{\"username\": \"" + username + "\", \"email\": \"" + username + "@example.org\", \"roles\": [" + roles
                + "]" + (password == null ? "" : ", \"password\": \"" + password + "\"") + "}";
    }

    MvcTestResult as(MockMvcRequestBuilder request, String user, String password) {
        return request.with(httpBasic(user, password)).exchange();
    }

    MvcTestResult withToken(MockMvcRequestBuilder request, String token) {
        return request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    MockMvcRequestBuilder json(MockMvcRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    static List<String> fields(JsonNode problem) {
        return problem.path("errors").valueStream().map(error -> error.path("field").asString()).toList();
    }

    @Test
    void anAdminAddsAUserWhoThenSignsInWithTheirPassword() {
        JsonNode added = body(api.post("/api/users", newUser("vera", "\"VIEWER\"", GOOD_PASSWORD), ADMIN), 201);

        assertThat(added.path("username").asString()).isEqualTo("vera");
        assertThat(added.path("email").asString()).isEqualTo("vera@example.org");
        assertThat(added.path("password").asBoolean()).isTrue();
        assertThat(added.path("configured").asBoolean()).isFalse();
        assertThat(body(as(mvc.get().uri("/api/network"), "vera", GOOD_PASSWORD), 200).has("members")).isTrue();
        JsonNode everyone = body(api.get("/api/users", ADMIN), 200);
        assertThat(everyone.valueStream().map(user -> user.path("username").asString()).toList())
                .contains("admin", "editor", "vera");
        assertThat(everyone.toString()).doesNotContain(GOOD_PASSWORD).doesNotContain("bcrypt");
    }

    @Test
    void weakAndCommonPasswordsAreRefusedNamingTheField() {
        for (String weak : List.of("short-one", "1qaz2wsx3edc", "QWERTYUIOPASDFGH", "nadia-is-my-name")) {
            JsonNode problem = body(api.post("/api/users", newUser("nadia", "\"VIEWER\"", weak), ADMIN), 400);
            assertThat(fields(problem)).as(weak).containsExactly("password");
        }
        body(api.post("/api/users", newUser("nadia", "\"VIEWER\"", null), ADMIN), 201);
        assertThat(fields(body(api.post("/api/users/nadia/password", "{\"password\": \"password1234\"}", ADMIN), 400)))
                .containsExactly("password");
        assertThat(api.post("/api/users/nadia/password", "{\"password\": \"" + GOOD_PASSWORD + "\"}", ADMIN))
                .hasStatus(204);
        assertThat(as(mvc.get().uri("/api/network"), "nadia", GOOD_PASSWORD)).hasStatusOk();
    }

    @Test
    void whatCannotBeAUserIsRefusedNamingEachField() {
        JsonNode problem = body(api.post("/api/users", "{\"username\": \"Ana\", \"email\": \"not-an-email\","
                + " \"roles\": []}", ADMIN), 400);
        assertThat(fields(problem)).containsExactlyInAnyOrder("username", "email", "roles");
        for (String taken : List.of(EDITOR, "me", "audit")) {
            assertThat(fields(body(api.post("/api/users", newUser(taken, "\"VIEWER\"", null), ADMIN), 400)))
                    .as(taken).containsExactly("username");
        }
        body(api.post("/api/users", newUser("omar", "\"STAFF\"", null), ADMIN), 201);
        assertThat(fields(body(api.post("/api/users", newUser("omar", "\"STAFF\"", null), ADMIN), 400)))
                .containsExactly("username");
        assertThat(fields(body(api.post("/api/users", "{\"username\": \"omar2\", \"email\": \"OMAR@example.org\","
                + " \"roles\": [\"VIEWER\"]}", ADMIN), 400))).containsExactly("email");
        assertThat(api.post("/api/users", "{\"username\": \"x\", \"roles\": [\"KING\"]}", ADMIN)).hasStatus(400);
        assertThat(api.put("/api/users/nobody", "{\"email\": null, \"roles\": [\"VIEWER\"], \"disabled\": false}",
                ADMIN)).hasStatus(404);
    }

    @Test
    void aConfiguredUserIsChangedInConfigurationOnly() {
        JsonNode editor = body(api.get("/api/users/" + EDITOR, ADMIN), 200);
        assertThat(editor.path("configured").asBoolean()).isTrue();

        JsonNode problem = body(api.put("/api/users/" + EDITOR, "{\"email\": null, \"roles\": [\"VIEWER\"],"
                + " \"disabled\": true}", ADMIN), 409);
        assertThat(problem.path("detail").asString()).contains("convenor.security.users.editor");
        assertThat(api.post("/api/users/" + EDITOR + "/password", "{\"password\": \"" + GOOD_PASSWORD + "\"}", ADMIN))
                .hasStatus(409);
    }

    @Test
    void aDisabledUsersPasswordAndTokensOpenNothingFromTheirNextRequest() {
        body(api.post("/api/users", newUser("dora", "\"STAFF\"", GOOD_PASSWORD), ADMIN), 201);
        String token = body(as(mvc.post().uri("/api/users/me/tokens"), "dora", GOOD_PASSWORD), 201).path("token")
                .asString();
        assertThat(withToken(mvc.get().uri("/api/network"), token)).hasStatusOk();

        body(api.put("/api/users/dora", "{\"email\": \"dora@example.org\", \"roles\": [\"STAFF\"], \"disabled\": true}",
                ADMIN), 200);

        assertThat(as(mvc.get().uri("/api/network"), "dora", GOOD_PASSWORD)).hasStatus(401);
        assertThat(withToken(mvc.get().uri("/api/network"), token)).hasStatus(401);
        body(api.put("/api/users/dora", "{\"email\": \"dora@example.org\", \"roles\": [\"VIEWER\"], \"disabled\": false}",
                ADMIN), 200);
        assertThat(withToken(mvc.get().uri("/api/network"), token)).hasStatusOk();
        assertThat(withToken(json(mvc.put().uri("/api/network/convenor"), "{\"annualIncome\": 5}"), token))
                .as("roles as they are now").hasStatus(403);
    }

    @Test
    void anEditorsApiTokenWorksAndARevokedOneDoesNot() {
        body(api.post("/api/users", newUser("eda", "\"EDITOR\"", GOOD_PASSWORD), ADMIN), 201);
        JsonNode created = body(as(json(mvc.post().uri("/api/users/me/tokens"), "{\"name\": \"monthly export\"}"),
                "eda", GOOD_PASSWORD), 201);
        String token = created.path("token").asString();
        assertThat(token).startsWith("cvn_").hasSizeGreaterThan(40);

        assertThat(withToken(mvc.get().uri("/api/network/audit"), token)).hasStatusOk();
        JsonNode listed = body(withToken(mvc.get().uri("/api/users/me/tokens"), token), 200);
        assertThat(listed.get(0).path("id").asLong()).isEqualTo(created.path("id").asLong());
        assertThat(listed.get(0).path("name").asString()).isEqualTo("monthly export");
        assertThat(listed.toString()).doesNotContain(token.substring(4));
        assertThat(jdbc.sql("SELECT token FROM api_token").query(String.class).single()).doesNotContain(token);

        assertThat(withToken(mvc.delete().uri("/api/users/me/tokens/" + created.path("id").asLong()), token))
                .hasStatus(204);

        assertThat(withToken(mvc.get().uri("/api/network/audit"), token)).hasStatus(401);
        assertThat(withToken(mvc.get().uri("/api/network"), "cvn_not-a-token")).hasStatus(401);
    }

    @Test
    void aUserCannotRevokeAnotherUsersToken() {
        body(api.post("/api/users", newUser("ivo", "\"VIEWER\"", GOOD_PASSWORD), ADMIN), 201);
        long theirs = body(as(mvc.post().uri("/api/users/me/tokens"), "ivo", GOOD_PASSWORD), 201).path("id").asLong();

        assertThat(api.delete("/api/users/me/tokens/" + theirs, EDITOR)).hasStatus(404);
        assertThat(body(as(mvc.get().uri("/api/users/me/tokens"), "ivo", GOOD_PASSWORD), 200).size()).isOne();
    }

    @Test
    void basicWithAPasswordIsRefusedForAUserWithASecondFactorWhoseTokensStillWork() {
        body(api.post("/api/users", newUser("sol", "\"EDITOR\"", GOOD_PASSWORD), ADMIN), 201);
        String token = body(as(mvc.post().uri("/api/users/me/tokens"), "sol", GOOD_PASSWORD), 201).path("token")
                .asString();
        enrol("sol");

        JsonNode refused = body(as(mvc.get().uri("/api/network"), "sol", GOOD_PASSWORD), 401);
        assertThat(refused.path("detail").asString()).contains("second factor").contains("Bearer");
        assertThat(body(as(mvc.get().uri("/api/network"), "sol", "a wrong password!!"), 401).path("detail")
                .asString()).as("a wrong password learns nothing of the second factor").doesNotContain("second factor");
        assertThat(withToken(mvc.get().uri("/api/network"), token)).hasStatusOk();
        assertThat(body(api.get("/api/users/sol", ADMIN), 200).path("secondFactor").asBoolean()).isTrue();

        assertThat(api.delete("/api/users/sol/second-factor", ADMIN)).hasStatus(204);
        assertThat(as(mvc.get().uri("/api/network"), "sol", GOOD_PASSWORD)).hasStatusOk();
    }

    @Test
    void everyChangeToUsersIsAuditedWithoutSecrets() {
        body(api.post("/api/users", newUser("aud", "\"VIEWER\"", GOOD_PASSWORD), ADMIN), 201);
        body(api.put("/api/users/aud", "{\"email\": \"aud2@example.org\", \"roles\": [\"STAFF\", \"ADMIN\"],"
                + " \"disabled\": true}", ADMIN), 200);
        String newPassword = "another lantern, further out";
        assertThat(api.post("/api/users/aud/password", "{\"password\": \"" + newPassword + "\"}", ADMIN)).hasStatus(204);
        String token = body(api.post("/api/users/me/tokens", "{}", EDITOR), 201).path("token").asString();

        JsonNode audit = body(api.get("/api/users/audit", ADMIN), 200);

        assertThat(audit.valueStream().map(entry -> entry.path("user").asString() + " " + entry.path("action").asString()
                + " " + entry.path("target").asString()).toList()).containsExactly(
                        "editor TOKEN_CREATED editor", "admin PASSWORD_SET aud", "admin DISABLED aud",
                        "admin EMAIL_CHANGED aud", "admin ROLES_CHANGED aud", "admin PASSWORD_SET aud",
                        "admin ADDED aud");
        assertThat(audit.get(4).path("detail").asString()).isEqualTo("VIEWER → STAFF, ADMIN");
        assertThat(audit.toString()).doesNotContain(GOOD_PASSWORD, newPassword, token, "aud2@example.org",
                "aud@example.org");
    }

    /** An authenticator app enrolled as the page does it: a new key, confirmed with its code now. */
    void enrol(String username) {
        SecondFactors.Enrolment enrolment = factors.begin(username);
        long step = Totp.step(Instant.now());
        assertThat(factors.enrol(username, enrolment.secret(),
                Totp.code(Totp.fromBase32(enrolment.secret()), step, Totp.DIGITS, "HmacSHA1"))).isPresent();
    }
}
