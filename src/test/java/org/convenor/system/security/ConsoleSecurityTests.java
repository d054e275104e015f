package org.convenor.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.convenor.StaffForTests;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The console's chain beside the API's: each keeps its own paths, sign-in and answers. */
@SpringBootTest(properties = {
    "convenor.security.users.ana.password={noop}correct-horse-battery", "convenor.security.users.ana.roles=EDITOR"})
@AutoConfigureMockMvc
class ConsoleSecurityTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theSignInFormAsksForUsernameAndPasswordWithItsCsrfToken() throws Exception {
        String html = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);

        assertThat(page.select("h1").text()).isEqualTo("Sign in");
        assertThat(page.select("form[method=post][action=/login] input").eachAttr("name"))
                .containsExactlyInAnyOrder("_csrf", "username", "password");
        assertThat(page.select("label[for=username]").text()).isEqualTo("Username");
        assertThat(page.select("label[for=password]").text()).isEqualTo("Password");
    }

    @Test
    void staffSignInWithTheFormAndAWrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin().user(StaffForTests.EDITOR).password(StaffForTests.PASSWORD))
                .andExpect(authenticated().withUsername(StaffForTests.EDITOR).withRoles("EDITOR"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user(StaffForTests.EDITOR).password("wrong"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void signingInOrOutWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", StaffForTests.EDITOR).param("password", StaffForTests.PASSWORD))
                .andExpect(status().isForbidden()).andExpect(unauthenticated());
        mvc.perform(logout()).andExpect(redirectedUrl("/login?signedOut"));
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
    }

    @Test
    void pagesNeedASignedInUserAndSayWhereTheirScriptsMayComeFrom() throws Exception {
        mvc.perform(get("/rules")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(header().string("Content-Security-Policy",
                org.hamcrest.Matchers.containsString("script-src 'self'")));
        mvc.perform(get("/css/console.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/codemirror/lib/codemirror.js")).andExpect(status().isOk());
    }

    @Test
    void theApiKeepsItsStatelessChainAndProblemAnswers() throws Exception {
        mvc.perform(get("/api/rulesets")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(post("/api/rulesets/reload")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void aPostToAPageNoRuleNamesIsRefusedEvenForAnEditor() throws Exception {
        mvc.perform(post("/network").with(csrf())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(StaffForTests.EDITOR).roles("EDITOR")))
                .andExpect(status().isForbidden());
    }
}
