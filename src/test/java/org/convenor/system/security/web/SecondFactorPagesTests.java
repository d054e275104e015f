package org.convenor.system.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.convenor.StaffForTests;
import org.convenor.console.ConsolePageTest;
import org.convenor.system.security.StaffRole;
import org.convenor.system.security.users.NewUser;
import org.convenor.system.security.users.SecondFactors;
import org.convenor.system.security.users.UserChange;
import org.convenor.system.security.users.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A stored EDITOR's sign-in to the console: their password, then an authenticator app (enrolled at the first
 * sign-in, its code or a recovery code afterwards); a VIEWER's password alone; roles changed at a session's next
 * request; and every session of a user an ADMIN disables deleted from the database at once. Sessions are kept in
 * the database, as the service ships (not the container's, as other page tests have them), and carried by their
 * cookie, as a browser does.
 */
@ConsolePageTest
@TestPropertySource(properties = "spring.autoconfigure.exclude=")
class SecondFactorPagesTests {

    static final String PASSWORD = "a lantern by the harbour";

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @BeforeEach
    void noStoredUsers() {
        jdbc.sql("DELETE FROM SPRING_SESSION").update();
        for (String table : List.of("api_token", "recovery_code", "second_factor", "staff_user_role", "staff_user",
                "user_audit_entry")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    SessionCookie signIn(String username, String password) throws Exception {
        SessionCookie session = new SessionCookie(mvc);
        session.signIn(formLogin().user(username).password(password));
        return session;
    }

    static Document page(String path, SessionCookie session) throws Exception {
        MvcResult result = session.perform(get(path)).andExpect(status().isOk()).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aStoredEditorEnrolsAnAppAtTheirFirstSignInAndGivesItsCodesAfterwards() throws Exception {
        users.add(new NewUser("eda", "eda@example.org", List.of(StaffRole.EDITOR), PASSWORD), StaffForTests.ADMIN);

        SessionCookie session = new SessionCookie(mvc);
        session.signIn(formLogin().user("eda").password(PASSWORD)).andExpect(redirectedUrl("/login/second-factor"));
        session.perform(get("/rules")).andExpect(redirectedUrl("/login/second-factor"));
        session.perform(get("/api/network")).andExpect(status().isUnauthorized());

        Document enrol = page("/login/second-factor", session);
        assertThat(enrol.select("h1").text()).isEqualTo("Set up your authenticator app");
        assertThat(enrol.select("img#qr-code").attr("src")).startsWith("data:image/svg+xml;base64,");
        assertThat(enrol.select("nav")).as("no page to go to yet").isEmpty();
        String secret = enrol.select("#secret-key").text().replace(" ", "");

        session.perform(post("/login/second-factor/enrol").with(csrf()).param("code", "000000"))
                .andExpect(status().isOk());
        session.perform(post("/login/second-factor/enrol").with(csrf()).param("code", Codes.now(secret, 0)))
                .andExpect(redirectedUrl("/account/recovery-codes"));
        assertThat(signedIn("eda")).as("signed in as an EDITOR").contains("ROLE_EDITOR");
        // The codes are shown once, from the session the enrolment left them in.
        List<String> recoveryCodes = page("/account/recovery-codes", session).select("#recovery-codes code")
                .eachText();
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){2}"));
        session.perform(get("/rules")).andExpect(status().isOk());

        SessionCookie again = signIn("eda", PASSWORD);
        // A password alone never replaces an app, even with a key of its own choosing in the session.
        plant(sessions, again.sessionId(), SecondFactorPage.ENROLMENT,
                new SecondFactors.Enrolment(secret, "otpauth://"));
        again.perform(post("/login/second-factor/enrol").with(csrf()).param("code", Codes.now(secret, 1)))
                .andExpect(redirectedUrl("/login/second-factor"));
        Document prompt = page("/login/second-factor", again);
        assertThat(prompt.select("h1").text()).isEqualTo("Your code");
        again.perform(post("/login/second-factor").with(csrf()).param("code", Codes.now(secret, 0)))
                .andExpect(status().isOk());
        again.perform(post("/login/second-factor").with(csrf()).param("code", Codes.now(secret, 1)))
                .andExpect(redirectedUrl("/"));
        page("/rules", again);

        SessionCookie third = signIn("eda", PASSWORD);
        third.perform(post("/login/second-factor").with(csrf()).param("code",
                recoveryCodes.get(3).toLowerCase())).andExpect(redirectedUrl("/"));
        SessionCookie fourth = signIn("eda", PASSWORD);
        fourth.perform(post("/login/second-factor").with(csrf()).param("code", recoveryCodes.get(3)))
                .andExpect(status().isOk());
        assertThat(page("/account", session).select("#second-factor").text()).contains("9 recovery codes are left");
    }

    @Test
    void aStoredViewerAndAConfiguredEditorSignInWithTheirPasswordAlone() throws Exception {
        users.add(new NewUser("vic", null, List.of(StaffRole.VIEWER), PASSWORD), StaffForTests.ADMIN);

        mvc.perform(formLogin().user("vic").password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(signedIn("vic")).containsExactly("ROLE_VIEWER");
        mvc.perform(formLogin().user(StaffForTests.EDITOR).password(StaffForTests.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(signedIn(StaffForTests.EDITOR)).containsExactly("ROLE_EDITOR");
    }

    @Test
    void changedRolesApplyAtASessionsNextRequest() throws Exception {
        users.add(new NewUser("dan", null, List.of(StaffRole.STAFF), PASSWORD), StaffForTests.ADMIN);
        SessionCookie session = signIn("dan", PASSWORD);
        session.perform(get("/network/members/new")).andExpect(status().isOk());

        users.change("dan", new UserChange(null, List.of(StaffRole.VIEWER), false), StaffForTests.ADMIN);
        session.perform(get("/network/members/new")).andExpect(status().isForbidden());
        session.perform(get("/network")).andExpect(status().isOk());

    }

    @Test
    void disablingAUserThroughTheApiEndsEverySessionOfTheirsAtOnce() throws Exception {
        users.add(new NewUser("dan", null, List.of(StaffRole.STAFF), PASSWORD), StaffForTests.ADMIN);
        users.add(new NewUser("vic", null, List.of(StaffRole.VIEWER), PASSWORD), StaffForTests.ADMIN);
        SessionCookie laptop = signIn("dan", PASSWORD);
        SessionCookie phone = signIn("dan", PASSWORD);
        SessionCookie someoneElse = signIn("vic", PASSWORD);
        assertThat(sessions.findByPrincipalName("dan")).containsOnlyKeys(laptop.sessionId(), phone.sessionId());

        mvc.perform(put("/api/users/dan").with(httpBasic(StaffForTests.ADMIN, StaffForTests.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"roles": ["STAFF"], "disabled": true}""")).andExpect(status().isOk());

        assertThat(sessions.findByPrincipalName("dan")).as("deleted from the database, before any request").isEmpty();
        assertThat(sessions.findById(laptop.sessionId())).isNull();
        laptop.perform(get("/network")).andExpect(redirectedUrl("/login"));
        someoneElse.perform(get("/network")).andExpect(status().isOk());
        mvc.perform(formLogin().user("dan").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    /** The roles (not the factors given) of the newest session signed in as {@code username}, as the database keeps it. */
    private List<String> signedIn(String username) {
        return sessions.findByPrincipalName(username).values().stream()
                .max(Comparator.comparing(Session::getCreationTime))
                .map(session -> ((SecurityContext) session.getAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).getAuthentication())
                .map(authentication -> authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .filter(authority -> authority.startsWith("ROLE_")).sorted().toList())
                .orElse(List.of());
    }

    private static <S extends Session> void plant(SessionRepository<S> repository, String id, String name,
            Object value) {
        S session = repository.findById(id);
        session.setAttribute(name, value);
        repository.save(session);
    }
}
