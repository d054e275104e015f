package org.convenor.system.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.convenor.StaffForTests;
import org.convenor.console.ConsolePageTest;
import org.convenor.system.security.users.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The Users page: an ADMIN's alone; adding a user says what to correct beside each field; a user's own page. */
@ConsolePageTest
class UsersPagesTests {

    static final RequestPostProcessor ADMIN = user(StaffForTests.ADMIN).roles("ADMIN");

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

    Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(ADMIN)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void onlyAnAdminOpensTheUsersPageAndOnlyAnAdminIsShownItsLink() throws Exception {
        mvc.perform(get("/users").with(user(StaffForTests.EDITOR).roles("EDITOR"))).andExpect(status().isForbidden());
        mvc.perform(post("/users").with(csrf()).with(user(StaffForTests.EDITOR).roles("EDITOR")).param("username", "x"))
                .andExpect(status().isForbidden());
        Document users = page("/users");

        assertThat(users.select("h1").text()).isEqualTo("Users");
        assertThat(users.select("nav a[aria-current=page]").text()).isEqualTo("Users");
        assertThat(users.select("#users tr[data-user=ana] .status").text()).isEqualTo("configured");
        assertThat(users.select("#add-user form input[name=_csrf]")).hasSize(1);
        assertThat(users.select("#add-user label[for=username], #add-user label[for=email], #add-user label[for=password]"))
                .hasSize(3);
    }

    @Test
    void addingAUserWithAWeakPasswordSaysSoBesideTheFieldAndAddsNobody() throws Exception {
        Document refused = Jsoup.parse(mvc.perform(post("/users").with(csrf()).with(ADMIN).param("username", "nia")
                .param("email", "nia@example.org").param("roles", "EDITOR").param("password", "password1234"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(refused.select("#error-password").text()).contains("most common");
        assertThat(refused.select("input#username").val()).isEqualTo("nia");
        assertThat(refused.select("input[name=roles][value=EDITOR]").hasAttr("checked")).isTrue();
        assertThat(users.all()).noneMatch(user -> user.username().equals("nia"));

        mvc.perform(post("/users").with(csrf()).with(ADMIN).param("username", "nia").param("email", "nia@example.org")
                .param("roles", "EDITOR", "ADMIN").param("password", "a lantern by the harbour"))
                .andExpect(redirectedUrl("/users/nia"));
        Document nia = page("/users/nia");
        assertThat(nia.select("h1").text()).isEqualTo("nia");
        assertThat(nia.select("input[name=roles][checked]").eachAttr("value")).containsExactly("EDITOR", "ADMIN");
        assertThat(page("/users").select("#changes li").eachAttr("data-action")).containsExactly("PASSWORD_SET",
                "ADDED");
    }

    @Test
    void anAdminDisablesAUserAndResetsTheirPassword() throws Exception {
        mvc.perform(post("/users").with(csrf()).with(ADMIN).param("username", "ole").param("roles", "VIEWER"))
                .andExpect(redirectedUrl("/users/ole"));

        mvc.perform(post("/users/ole").with(csrf()).with(ADMIN).param("roles", "VIEWER").param("disabled", "true"))
                .andExpect(redirectedUrl("/users/ole"));
        mvc.perform(post("/users/ole/password").with(csrf()).with(ADMIN).param("password", "short"))
                .andExpect(status().isOk());
        mvc.perform(post("/users/ole/password").with(csrf()).with(ADMIN).param("password", "a lantern by the harbour"))
                .andExpect(redirectedUrl("/users/ole"));

        assertThat(users.one("ole").disabled()).isTrue();
        assertThat(users.one("ole").password()).isTrue();
        assertThat(page("/users").select("#users tr[data-user=ole] .status").text()).isEqualTo("disabled");
        mvc.perform(post("/users/ana").with(csrf()).with(ADMIN).param("roles", "VIEWER"))
                .andExpect(status().isConflict());
    }
}
