package org.convenor.digest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.console.KnownNetwork.duplicateIds;
import static org.convenor.console.KnownNetwork.editor;
import static org.convenor.console.KnownNetwork.page;
import static org.convenor.console.KnownNetwork.staff;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.convenor.StaffForTests;
import org.convenor.console.ConsolePageTest;
import org.convenor.console.KnownNetwork;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The Digests page ({@code /digests}, EDITOR), in the page tests' context: no mail host, so mail is off. */
@ConsolePageTest
class DigestPageTests {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void knownNetwork() throws Exception {
        KnownNetwork.store(mvc, KnownNetwork.JSON.replace("\"id\": \"hollin\",",
                "\"id\": \"hollin\", \"owner\": \"" + StaffForTests.STAFF + "\","));
    }

    @Test
    void anEditorPreviewsAnOwnersDigestAsItWouldGo() throws Exception {
        Document page = page(mvc.perform(get("/digests").param("user", StaffForTests.STAFF).with(editor()))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Weekly digests");
        assertThat(page.select("#mail-state").text()).startsWith("Mail is off");
        assertThat(page.select("#user option[selected]").val()).isEqualTo(StaffForTests.STAFF);
        assertThat(page.select("#digest-alerts li").eachAttr("data-member")).isNotEmpty().containsOnly("hollin");
        assertThat(page.select("#digest-alerts li").first().attr("data-severity")).isEqualTo("CRITICAL");
        assertThat(page.select("#digest-subject").text()).startsWith("This week: ");
        assertThat(page.select("#no-links").text()).contains("convenor.public-url");
        assertThat(page.select("#send-digest").hasAttr("disabled")).as("mail is off").isTrue();
        assertThat(page.select("form[method=post][action^=/digests/] input[name=_csrf]")).hasSize(1);
        assertThat(page.select("label[for=user]").text()).isEqualTo("Whose digest");
        assertThat(duplicateIds(page)).isEmpty();
        assertThat(page.select("nav a[href=/digests]").attr("aria-current")).isEqualTo("page");
    }

    @Test
    void sendingWithMailOffSaysWhyAndSendsNothing() throws Exception {
        mvc.perform(post("/digests/" + StaffForTests.STAFF + "/send").with(editor()).with(csrf()))
                .andExpect(redirectedUrl("/digests?user=" + StaffForTests.STAFF))
                .andExpect(flash().attribute("alert", "Not sent: No mail host is set (spring.mail.host), so no digest "
                        + "can be sent."));
    }

    @Test
    void onlyAnEditorOpensIt() throws Exception {
        mvc.perform(get("/digests").with(staff())).andExpect(status().isForbidden());
        mvc.perform(post("/digests/" + StaffForTests.STAFF + "/send").with(editor())).andExpect(status().isForbidden());
        Document week = page(mvc.perform(get("/").with(staff())).andReturn());
        assertThat(week.select("nav a[href=/digests]")).as("no link for STAFF").isEmpty();
    }
}
