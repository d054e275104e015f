package org.convenor.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.console.KnownNetwork.duplicateIds;
import static org.convenor.console.KnownNetwork.page;
import static org.convenor.console.KnownNetwork.staff;
import static org.convenor.console.KnownNetwork.viewer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.convenor.console.ConsolePageTest;
import org.convenor.console.KnownNetwork;
import org.convenor.network.LinkKind;
import org.convenor.network.store.NetworkStore;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A member's links on its page: listed both ways, one added (or refused beside its field) and one removed. */
@ConsolePageTest
class MemberLinksPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    NetworkStore store;

    @BeforeEach
    void knownNetwork() throws Exception {
        KnownNetwork.store(mvc);
    }

    @Test
    void staffLinkAPersonToItsOrganisationAndBothPagesSayIt() throws Exception {
        Document form = page(mvc.perform(get("/network/members/basil").with(staff())).andReturn());
        assertThat(form.selectFirst("form#add-link").attr("action")).isEqualTo("/network/members/basil/links");
        assertThat(form.select("#link-kind option[selected]").val()).isEqualTo("KNOWS");
        assertThat(form.select("label[for=link-to]").text()).isEqualTo("Member (its id or its name)");
        assertThat(duplicateIds(form)).isEmpty();

        mvc.perform(post("/network/members/basil/links").param("kind", "WORKS_AT").param("to", "hollin legal aid trust")
                .param("title", " Editor ").with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/network/members/basil#links"))
                .andExpect(flash().attribute("notice", "Linked to hollin."));

        assertThat(store.read().links()).singleElement().satisfies(link -> {
            assertThat(link.kind()).isEqualTo(LinkKind.WORKS_AT);
            assertThat(link.title()).isEqualTo("Editor");
        });
        Document basil = page(mvc.perform(get("/network/members/basil").with(viewer())).andReturn());
        Document hollin = page(mvc.perform(get("/network/members/hollin").with(viewer())).andReturn());
        assertThat(basil.select("#link-list li").text()).startsWith("Works at Hollin Legal Aid Trust (Editor)");
        assertThat(hollin.select("#link-list li").text()).startsWith("Employs Basil Nour");
        assertThat(basil.select("form#add-link")).as("a viewer reads, never links").isEmpty();
    }

    @Test
    void aLinkThatCannotBeSavedIsSaidBesideItsFieldAndOneRemovedGoes() throws Exception {
        MvcResult refused = mvc.perform(post("/network/members/basil/links").param("kind", "KNOWS")
                .param("to", "nobody").with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/network/members/basil#add-link")).andReturn();
        Document page = page(mvc.perform(get("/network/members/basil").flashAttrs(refused.getFlashMap()).with(staff()))
                .andReturn());
        assertThat(page.select("#link-to-error").text()).isEqualTo("no member has the id or name 'nobody'");
        assertThat(page.select("#link-to").val()).isEqualTo("nobody");

        mvc.perform(post("/network/members/basil/links").param("kind", "KNOWS").param("to", "amira")
                .with(staff()).with(csrf())).andExpect(flash().attribute("notice", "Linked to amira."));
        long id = store.read().links().get(0).id();
        mvc.perform(post("/network/members/amira/links/" + id + "/delete").with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/network/members/amira#links"))
                .andExpect(flash().attribute("notice", "The link was removed."));
        assertThat(store.read().links()).isEmpty();
    }
}
