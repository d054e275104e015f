package org.convenor.system.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A stored EDITOR's sign-in to the console: their password, then an authenticator app (enrolled at the first
 * sign-in, its code or a recovery code afterwards); a VIEWER's password alone; and a session that ends at the next
 * request once an ADMIN disables its user.
 */
@ConsolePageTest
class SecondFactorPagesTests {

    static final String PASSWORD = "a lantern by the harbour";

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noStoredUsers() {
        for (String table : List.of("api_token", "recovery_code", "second_factor", "staff_user_role", "staff_user",
                "user_audit_entry")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin().user(username).password(password)).andReturn().getRequest()
                .getSession();
    }

    Document page(String path, MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aStoredEditorEnrolsAnAppAtTheirFirstSignInAndGivesItsCodesAfterwards() throws Exception {
        users.add(new NewUser("eda", "eda@example.org", List.of(StaffRole.EDITOR), PASSWORD), StaffForTests.ADMIN);

        MvcResult password = mvc.perform(formLogin().user("eda").password(PASSWORD))
                .andExpect(redirectedUrl("/login/second-factor")).andReturn();
        MockHttpSession session = (MockHttpSession) password.getRequest().getSession();
        mvc.perform(get("/rules").session(session)).andExpect(redirectedUrl("/login/second-factor"));
        mvc.perform(get("/api/network").session(session)).andExpect(status().isUnauthorized());

        Document enrol = page("/login/second-factor", session);
        assertThat(enrol.select("h1").text()).isEqualTo("Set up your authenticator app");
        assertThat(enrol.select("img#qr-code").attr("src")).startsWith("data:image/svg+xml;base64,");
        assertThat(enrol.select("nav")).as("no page to go to yet").isEmpty();
        String secret = enrol.select("#secret-key").text().replace(" ", "");

        mvc.perform(post("/login/second-factor/enrol").session(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk());
        MvcResult enrolled = mvc.perform(post("/login/second-factor/enrol").session(session).with(csrf())
                .param("code", Codes.now(secret, 0))).andExpect(redirectedUrl("/account/recovery-codes"))
                .andExpect(authenticated().withUsername("eda").withRoles("EDITOR")).andReturn();
        List<String> recoveryCodes = Jsoup.parse(mvc.perform(get("/account/recovery-codes").session(session)
                .flashAttrs(enrolled.getFlashMap())).andReturn().getResponse().getContentAsString())
                .select("#recovery-codes code").eachText();
        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){2}"));
        mvc.perform(get("/rules").session(session)).andExpect(status().isOk());

        MockHttpSession again = signIn("eda", PASSWORD);
        // A password alone never replaces an app, even with a key of its own choosing in the session.
        again.setAttribute(SecondFactorPage.ENROLMENT, new SecondFactors.Enrolment(secret, "otpauth://"));
        mvc.perform(post("/login/second-factor/enrol").session(again).with(csrf()).param("code", Codes.now(secret, 1)))
                .andExpect(redirectedUrl("/login/second-factor"));
        Document prompt = page("/login/second-factor", again);
        assertThat(prompt.select("h1").text()).isEqualTo("Your code");
        mvc.perform(post("/login/second-factor").session(again).with(csrf()).param("code", Codes.now(secret, 0)))
                .andExpect(status().isOk());
        mvc.perform(post("/login/second-factor").session(again).with(csrf()).param("code", Codes.now(secret, 1)))
                .andExpect(redirectedUrl("/")).andExpect(authenticated().withUsername("eda"));

        MockHttpSession third = signIn("eda", PASSWORD);
        mvc.perform(post("/login/second-factor").session(third).with(csrf()).param("code",
                recoveryCodes.get(3).toLowerCase())).andExpect(redirectedUrl("/"));
        MockHttpSession fourth = signIn("eda", PASSWORD);
        mvc.perform(post("/login/second-factor").session(fourth).with(csrf()).param("code", recoveryCodes.get(3)))
                .andExpect(status().isOk());
        assertThat(page("/account", session).select("#second-factor").text()).contains("9 recovery codes are left");
    }

    @Test
    void aStoredViewerAndAConfiguredEditorSignInWithTheirPasswordAlone() throws Exception {
        users.add(new NewUser("vic", null, List.of(StaffRole.VIEWER), PASSWORD), StaffForTests.ADMIN);

        mvc.perform(formLogin().user("vic").password(PASSWORD)).andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withRoles("VIEWER"));
        mvc.perform(formLogin().user(StaffForTests.EDITOR).password(StaffForTests.PASSWORD))
                .andExpect(redirectedUrl("/")).andExpect(authenticated().withRoles("EDITOR"));
    }

    @Test
    void aDisabledUsersSessionEndsAtTheirNextRequestAndChangedRolesApplyThere() throws Exception {
        users.add(new NewUser("dan", null, List.of(StaffRole.STAFF), PASSWORD), StaffForTests.ADMIN);
        MockHttpSession session = signIn("dan", PASSWORD);
        mvc.perform(get("/network/members/new").session(session)).andExpect(status().isOk());

        users.change("dan", new UserChange(null, List.of(StaffRole.VIEWER), false), StaffForTests.ADMIN);
        mvc.perform(get("/network/members/new").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/network").session(session)).andExpect(status().isOk());

        users.change("dan", new UserChange(null, List.of(StaffRole.VIEWER), true), StaffForTests.ADMIN);
        mvc.perform(get("/network").session(session)).andExpect(redirectedUrl("/login"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(formLogin().user("dan").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }
}
