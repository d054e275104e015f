package org.convenor.coalitions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.console.KnownNetwork.AS_OF;
import static org.convenor.console.KnownNetwork.changeForms;
import static org.convenor.console.KnownNetwork.duplicateIds;
import static org.convenor.console.KnownNetwork.operator;
import static org.convenor.console.KnownNetwork.page;
import static org.convenor.console.KnownNetwork.staff;
import static org.convenor.console.KnownNetwork.viewer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.convenor.StaffForTests;
import org.convenor.console.ConsolePageTest;
import org.convenor.console.KnownNetwork;
import org.convenor.network.Campaign;
import org.convenor.network.Sector;
import org.convenor.network.Target;
import org.convenor.network.TargetKind;
import org.convenor.network.Theme;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.StoredNetwork;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The campaigns, one campaign's recommended voices, and creating and editing a campaign. */
@ConsolePageTest
class CampaignPagesTests {

    static final String HOSPITALS = "/campaigns/hospitals?asOf=" + AS_OF;

    @Autowired
    MockMvc mvc;
    @Autowired
    NetworkStore store;

    @BeforeEach
    void knownNetwork() throws Exception {
        KnownNetwork.store(mvc);
    }

    @Test
    void listsTheStoredCampaignsWithTheirConflictThemesAndTargets() throws Exception {
        Document page = page(mvc.perform(get("/campaigns").with(viewer())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Campaigns");
        assertThat(page.select("#campaigns caption").text()).isEqualTo("2 campaigns");
        assertThat(page.select("#campaigns tbody tr").eachAttr("data-campaign")).containsExactly("hospitals", "sudan-access");
        assertThat(page.select("#campaigns tbody tr").first().select("th a, td").eachText()).containsExactly(
                "Stop the bombing of hospitals", "Yemen", "Attacks on healthcare", "A permanent member");
        assertThat(page.select("#campaigns tbody tr").first().select("a").attr("href")).isEqualTo("/campaigns/hospitals");
        assertThat(page.select("[data-campaign=sudan-access] td[data-label=Targets]").text()).isEqualTo("—");
    }

    @Test
    void aCampaignsVoicesInRankOrderWithItsGapWarningsCandidatesDeclinesAndChart() throws Exception {
        Document page = page(mvc.perform(get(HOSPITALS).with(viewer())).andExpect(status().isOk()).andReturn());

        JsonNode answer = JsonMapper.builder().build().readTree(mvc.perform(get("/api/campaigns/hospitals/recommendations")
                .param("asOf", AS_OF.toString()).with(httpBasic(StaffForTests.VIEWER, StaffForTests.PASSWORD)))
                .andReturn().getResponse().getContentAsString());
        List<String> ranked = new ArrayList<>();
        answer.get("recommendations").forEach(r -> ranked.add(r.get("sector").asString()));
        assertThat(page.select("h1").text()).isEqualTo("Stop the bombing of hospitals");
        assertThat(page.select(".sector-card").eachAttr("data-sector")).containsExactlyElementsOf(ranked)
                .containsExactly("DIPLOMATIC", "MEDICAL", "LEGAL");
        assertThat(page.select(".sector-card h3 > span:first-child").eachText())
                .containsExactly("1. Diplomatic", "2. Medical", "3. Legal");

        Element diplomatic = page.selectFirst(".sector-card[data-sector=DIPLOMATIC]");
        assertThat(diplomatic.select(".gap-tag").text()).isEqualTo("gap: no voice we can ask");
        assertThat(diplomatic.select(".reasons li").eachText()).contains(
                "A permanent member is known to listen to diplomatic voices.",
                "We know Hanne Berg in the diplomatic world: they could introduce us to its voices.");
        assertThat(diplomatic.select(".sector-warning").text()).isEqualTo("No connections: Nobody in the network "
                + "lends diplomatic voices: build connections in the diplomatic world.");
        assertThat(diplomatic.select(".candidates")).isEmpty();
        assertThat(page.select("#warnings .warning").eachAttr("data-sector")).containsExactly("DIPLOMATIC");
        assertThat(page.select("#warnings .warning strong").text()).isEqualTo("No connections (Diplomatic)");

        Element medical = page.selectFirst(".sector-card[data-sector=MEDICAL]");
        assertThat(medical.select(".gap-tag")).isEmpty();
        assertThat(medical.select(".candidates summary").text()).isEqualTo("1 candidate");
        assertThat(medical.select(".candidates li[data-member]").eachAttr("data-member")).containsExactly("jisr");
        assertThat(medical.select(".candidates li[data-member] > a").text()).isEqualTo("Jisr Amal Medical Network");
        assertThat(page.select(".sector-card[data-sector=LEGAL] .candidates li[data-member] > a").eachText())
                .containsExactly("Hollin Legal Aid Trust");
        assertThat(page.select("#declines-heading + p + ul li").text()).startsWith("Sanad Medical Relief: Declined "
                + "this campaign because it disagrees with the approach");

        assertThat(page.select("#chart-desc").text()).isEqualTo("1. Diplomatic: 1 member (a gap: none of them a voice "
                + "we can ask); 2. Medical: 2 members; 3. Legal: 1 member.");
        assertThat(page.select("svg g").eachAttr("data-sector-bar")).containsExactly("1. Diplomatic", "2. Medical", "3. Legal");
        assertThat(page.select("svg .chart-count").eachText()).containsExactly("1, none a voice", "2", "1");

        assertThat(page.select("#targets tbody td").eachText())
                .containsExactly("A permanent member p5", "UN Security Council", "Diplomatic");
        assertThat(page.select("main > p.muted").last().text()).isEqualTo("Decided by coalitions version "
                + answer.at("/ruleSet/version").asString() + " as of 26 Nov 2026.");
    }

    @Test
    void aCampaignThatIsNotStoredIsAPageSayingSo() throws Exception {
        Document page = page(mvc.perform(get("/campaigns/nope").with(viewer())).andExpect(status().isNotFound()).andReturn());

        assertThat(page.select("main").text()).contains("There is no campaign 'nope'.");
    }

    @Test
    void staffCreateACampaignWithThemesAndTargets() throws Exception {
        Document form = page(mvc.perform(get("/campaigns/new").with(staff())).andExpect(status().isOk()).andReturn());
        assertThat(form.select("h1").text()).isEqualTo("New campaign");
        assertThat(form.select("fieldset.target-row > legend").eachText()).containsExactly("Target 1", "Target 2");
        assertThat(form.select("select[name='targets[0].kind'] option").eachText()).contains("UN Security Council");
        assertThat(duplicateIds(form)).isEmpty();

        mvc.perform(newCampaign("gaza-medics").param("targets[0].id", "icc").param("targets[0].name", "The prosecutor")
                .param("targets[0].kind", "INTERNATIONAL_COURT").param("targets[0].listensTo", "LEGAL", "MEDICAL")
                .with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/campaigns/gaza-medics"))
                .andExpect(flash().attribute("notice", "Campaign created: Protect Gaza's medics."));

        assertThat(campaign("gaza-medics")).isEqualTo(new Campaign("gaza-medics", "Protect Gaza's medics", null,
                List.of(Theme.ATTACKS_ON_HEALTHCARE, Theme.DETENTION), List.of(new Target("icc", "The prosecutor",
                        TargetKind.INTERNATIONAL_COURT, List.of(Sector.LEGAL, Sector.MEDICAL)))));
    }

    @Test
    void whatTheStoreRefusesIsSaidBesideItsFieldAndNothingIsSaved() throws Exception {
        StoredNetwork before = store.read();

        Document page = page(mvc.perform(newCampaign("hospitals").with(staff()).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("#error-id").text()).isEqualTo("a campaign with the id 'hospitals' exists already: "
                + "choose another, or edit that one");
        assertThat(page.select("#id").val()).isEqualTo("hospitals");
        assertThat(page.select("#name").val()).isEqualTo("Protect Gaza's medics");

        // The second row is filled in, the first left empty: the problem is said on the row it was typed in.
        page = page(mvc.perform(newCampaign("gaza-medics").param("targets[1].id", "p5").param("targets[1].listensTo", "MEDICAL")
                .with(staff()).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(page.select("#error-summary li").eachText()).containsExactly("Target 2, kind: is required",
                "Target 2, id: target id 'p5' already belongs to campaign 'hospitals': target ids are unique across campaigns");
        assertThat(page.select("#target-1-kind ~ .field-error").text()).isEqualTo("is required");
        assertThat(page.select("#target-1-id ~ .field-error").text()).startsWith("target id 'p5' already belongs");
        assertThat(page.select("#target-0-kind ~ .field-error")).isEmpty();
        assertThat(page.select("input[name='targets[1].listensTo'][checked]").eachAttr("value")).containsExactly("MEDICAL");

        page = page(mvc.perform(newCampaign("gaza-medics").param("themes", "PEACE").with(staff()).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        // Only a forged form can send a theme the page does not offer.
        assertThat(page.select("fieldset.choices .field-error").first().text())
                .isEqualTo("'ATTACKS_ON_HEALTHCARE,DETENTION,PEACE' is not a value this field takes");

        assertThat(store.read()).as("nothing written").isSameAs(before);
    }

    @Test
    void addingATargetRowShowsTheFormAgainWithOneMoreAndSavesNothing() throws Exception {
        StoredNetwork before = store.read();

        Document page = page(mvc.perform(newCampaign("gaza-medics").param("targets[0].id", "icc").param("addTarget", "1")
                .with(staff()).with(csrf())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("fieldset.target-row > legend").eachText()).containsExactly("Target 1: icc", "Target 2");
        assertThat(page.select("#error-summary")).isEmpty();
        assertThat(store.read()).as("nothing written").isSameAs(before);
    }

    @Test
    void aTargetRowTheFormCannotHaveIsRefusedNamingItAndSavesNothing() throws Exception {
        StoredNetwork before = store.read();

        for (String row : List.of("targets[256]", "targets[-1]", "targets[abc]")) {
            Document page = page(mvc.perform(newCampaign("gaza-medics").param(row + ".id", "icc")
                    .with(staff()).with(csrf())).andExpect(status().isBadRequest()).andReturn());
            assertThat(page.select("main p").first().text()).as(row).contains("'" + row + "'");
            mvc.perform(post("/campaigns/hospitals").param("name", "Hospitals").param(row + ".id", "icc")
                    .with(staff()).with(csrf())).andExpect(status().isBadRequest());
        }

        assertThat(store.read()).as("nothing written").isSameAs(before);
    }

    @Test
    void editingShowsTheCampaignAndSavesItWholeUnderTheSameId() throws Exception {
        Document form = page(mvc.perform(get("/campaigns/hospitals/edit").with(staff())).andExpect(status().isOk()).andReturn());
        assertThat(form.select("h1").text()).isEqualTo("Edit campaign");
        assertThat(form.select("#id").attr("readonly")).isNotNull();
        assertThat(form.select("#id").val()).isEqualTo("hospitals");
        assertThat(form.select("#name").val()).isEqualTo("Stop the bombing of hospitals");
        assertThat(form.select("input[name=themes][checked]").eachAttr("value")).containsExactly("ATTACKS_ON_HEALTHCARE");
        assertThat(form.select("#target-0-id").val()).isEqualTo("p5");
        assertThat(form.select("#target-0-kind option[selected]").val()).isEqualTo("UN_SECURITY_COUNCIL");
        assertThat(form.select("fieldset.target-row")).hasSize(2);

        // The conflict is not on the form: no rule reads it, and what the API stored is kept.
        mvc.perform(post("/campaigns/hospitals").param("id", "renamed").param("name", "Hospitals are not targets")
                .param("conflict", "Gaza").param("themes", "ATTACKS_ON_HEALTHCARE")
                .param("targets[0].id", "p5").param("targets[0].kind", "UN_SECURITY_COUNCIL")
                .param("targets[0].listensTo", "DIPLOMATIC").param("targets[0].remove", "true")
                .with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/campaigns/hospitals"))
                .andExpect(flash().attribute("notice", "Campaign saved: Hospitals are not targets."));

        assertThat(campaign("hospitals")).isEqualTo(new Campaign("hospitals", "Hospitals are not targets", "Yemen",
                List.of(Theme.ATTACKS_ON_HEALTHCARE), List.of()));
        assertThat(campaign("renamed")).isNull();
    }

    @Test
    void aViewerSeesNoEditControlsAndIsRefusedEveryChange() throws Exception {
        for (String path : List.of("/campaigns", HOSPITALS)) {
            Document page = page(mvc.perform(get(path).with(viewer())).andExpect(status().isOk()).andReturn());
            assertThat(page.select("#new-campaign, #edit-campaign, a[href$=/edit], a[href$=/new]")).as(path).isEmpty();
            assertThat(changeForms(page)).as(path).isEmpty();
        }
        mvc.perform(get("/campaigns/new").with(viewer())).andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/hospitals/edit").with(viewer())).andExpect(status().isForbidden());
        StoredNetwork before = store.read();

        mvc.perform(newCampaign("gaza-medics").with(viewer()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/campaigns/hospitals").param("name", "Mine now").with(viewer()).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(store.read()).as("nothing written").isSameAs(before);
    }

    @Test
    void staffSeeTheEditControlsAndAnOperatorNoPage() throws Exception {
        assertThat(page(mvc.perform(get("/campaigns").with(staff())).andReturn()).select("#new-campaign").attr("href"))
                .isEqualTo("/campaigns/new");
        Document campaign = page(mvc.perform(get(HOSPITALS).with(staff())).andReturn());
        assertThat(campaign.select("#edit-campaign").attr("href")).isEqualTo("/campaigns/hospitals/edit");
        assertThat(duplicateIds(campaign)).isEmpty();

        for (String path : List.of("/campaigns", HOSPITALS, "/campaigns/new")) {
            mvc.perform(get(path).with(operator())).andExpect(status().isForbidden());
        }
    }

    @Test
    void aCampaignPostedWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        StoredNetwork before = store.read();

        mvc.perform(newCampaign("gaza-medics").with(staff())).andExpect(status().isForbidden());
        mvc.perform(post("/campaigns/hospitals").param("name", "Renamed").with(staff())).andExpect(status().isForbidden());

        assertThat(store.read()).as("nothing written").isSameAs(before);
    }

    /** A new campaign as its form posts it, with two themes and no target yet. */
    static MockHttpServletRequestBuilder newCampaign(String id) {
        return post("/campaigns").param("id", id).param("name", "Protect Gaza's medics")
                .param("themes", "ATTACKS_ON_HEALTHCARE", "DETENTION");
    }

    Campaign campaign(String id) {
        return store.read().campaigns().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }
}
