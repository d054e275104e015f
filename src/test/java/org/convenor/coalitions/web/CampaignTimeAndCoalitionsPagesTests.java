package org.convenor.coalitions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.console.KnownNetwork.page;
import static org.convenor.console.KnownNetwork.staff;
import static org.convenor.console.KnownNetwork.viewer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.convenor.console.ConsolePageTest;
import org.convenor.console.KnownNetwork;
import org.convenor.network.Campaign;
import org.convenor.network.CampaignStatus;
import org.convenor.network.Coalition;
import org.convenor.network.CoalitionResponse;
import org.convenor.network.DeclineReason;
import org.convenor.network.Moment;
import org.convenor.network.ResponseKind;
import org.convenor.network.Sector;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.StoredNetwork;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A campaign's dates, moments and closing, and its coalitions formed and answered from its page. */
@ConsolePageTest
class CampaignTimeAndCoalitionsPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    NetworkStore store;

    @BeforeEach
    void knownNetwork() throws Exception {
        KnownNetwork.store(mvc);
    }

    @Test
    void theFormSavesDatesStatusAndMomentsAndKeepsTheConflictTheApiStored() throws Exception {
        Document form = page(mvc.perform(get("/campaigns/hospitals/edit").with(staff())).andReturn());
        assertThat(form.select("fieldset.moment-row > legend").eachText()).containsExactly("Moment 1");
        assertThat(form.select("#status option").eachAttr("value")).containsExactly("ACTIVE", "PAUSED");

        mvc.perform(post("/campaigns/hospitals").param("name", "Stop the bombing of hospitals")
                .param("startsOn", "2026-10-01").param("endsOn", "2027-06-30").param("status", "PAUSED")
                .param("moments[0].on", "").param("moments[0].what", "")
                .param("moments[1].on", "2027-02-18").param("moments[1].what", "Security Council vote")
                .with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/campaigns/hospitals"));

        Campaign saved = campaign("hospitals");
        assertThat(saved.conflict()).isEqualTo("Yemen");
        assertThat(saved.startsOn()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(saved.endsOn()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(saved.status()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(saved.moments()).containsExactly(new Moment(LocalDate.of(2027, 2, 18), "Security Council vote"));
        Document page = page(mvc.perform(get("/campaigns/hospitals").with(viewer())).andReturn());
        assertThat(page.select("#campaign-status").text()).isEqualTo("Paused");
        assertThat(page.select("#moments li").eachText()).containsExactly("18 Feb 2027: Security Council vote");
    }

    @Test
    void anEndBeforeTheStartAMomentWithoutWhatAndABadDayAreSaidBesideTheirFieldsAndNothingIsSaved() throws Exception {
        StoredNetwork before = store.read();

        Document page = page(mvc.perform(post("/campaigns/hospitals").param("name", "Hospitals")
                .param("startsOn", "2027-01-10").param("endsOn", "2027-01-09")
                .param("moments[0].on", "2027-02-30").param("moments[0].what", "A vote")
                .param("moments[1].on", "2027-02-18").param("moments[1].what", " ")
                .with(staff()).with(csrf())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#error-endsOn").text()).isEqualTo("ends on 2027-01-09, before it starts on 2027-01-10");
        assertThat(page.select("#error-moments-0-on").text()).startsWith("'2027-02-30' is not a valid");
        assertThat(page.select("#error-moments-1-what").text()).isEqualTo("is required");
        assertThat(store.read()).as("nothing written").isSameAs(before);
    }

    @Test
    void closingAsksForTheOutcomeAndTheLessonsThenShowsThem() throws Exception {
        StoredNetwork before = store.read();
        Document refused = page(mvc.perform(post("/campaigns/hospitals/close").param("outcome", "The mandate held")
                .param("lessons", "").with(staff()).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(refused.select("#error-lessons").text()).isEqualTo("say what we learned: what worked and what did not");
        assertThat(refused.select("#outcome").text()).isEqualTo("The mandate held");
        assertThat(store.read()).as("nothing written").isSameAs(before);

        mvc.perform(post("/campaigns/hospitals/close").param("outcome", "The mandate held")
                .param("lessons", "Medical voices moved the ministry; legal ones did not.").with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/campaigns/hospitals"))
                .andExpect(flash().attribute("notice", "Campaign closed: Stop the bombing of hospitals. Its coalitions "
                        + "no longer count for the relationship alerts."));

        Campaign closed = campaign("hospitals");
        assertThat(closed.status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(closed.outcome()).isEqualTo("The mandate held");
        assertThat(closed.targets()).as("the rest kept").hasSize(1);
        Document page = page(mvc.perform(get("/campaigns/hospitals").with(viewer())).andReturn());
        assertThat(page.select("#campaign-lessons-text").text()).isEqualTo("Medical voices moved the ministry; legal ones did not.");
        mvc.perform(get("/campaigns/hospitals/close").with(viewer())).andExpect(status().isForbidden());
        mvc.perform(post("/campaigns/hospitals/close").param("outcome", "x").param("lessons", "y").with(viewer())
                .with(csrf())).andExpect(status().isForbidden());

        assertThat(page(mvc.perform(get("/campaigns").with(viewer())).andReturn()).select("#campaigns-csv").attr("href"))
                .isEqualTo("/campaigns.csv");
        assertThat(mvc.perform(get("/campaigns.csv").with(viewer())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString().lines()).as("every campaign, the closed one with what we learned")
                .containsExactly("id,name,status,startsOn,endsOn,moments,themes,targets,conflict,outcome,lessons",
                        "hospitals,Stop the bombing of hospitals,CLOSED,,,,ATTACKS_ON_HEALTHCARE,p5,Yemen,"
                                + "The mandate held,Medical voices moved the ministry; legal ones did not.",
                        "sudan-access,Open Sudan's crossings,ACTIVE,,,,HUMANITARIAN_ACCESS,,Sudan,,");
    }

    @Test
    void staffFormACoalitionInviteAndRecordAnOptInAndADeclineWithItsReason() throws Exception {
        mvc.perform(post("/campaigns/hospitals/coalitions").param("coalitionId", "doctors-letter")
                .param("formedOn", "2026-11-20").param("sectors", "MEDICAL").with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/campaigns/hospitals#coalitions"))
                .andExpect(flash().attribute("notice", "Coalition formed: doctors-letter."));
        for (String member : List.of("jisr", "hollin")) {
            mvc.perform(post("/campaigns/hospitals/coalitions/doctors-letter/invitations").param("memberId", member)
                    .with(staff()).with(csrf())).andExpect(redirectedUrl("/campaigns/hospitals#coalitions"));
        }
        mvc.perform(post("/campaigns/hospitals/coalitions/doctors-letter/responses").param("memberId", "jisr")
                .param("response", "OPTED_IN").param("reason", "").param("date", "2026-11-21").with(staff()).with(csrf()))
                .andExpect(flash().attribute("notice", "Opt-in recorded: jisr."));
        mvc.perform(post("/campaigns/hospitals/coalitions/doctors-letter/responses").param("memberId", "hollin")
                .param("response", "DECLINED").param("date", "2026-11-22").with(staff()).with(csrf()))
                .andExpect(flash().attribute("coalitionErrors", Map.of("respond.reason", "say why they declined: a "
                        + "decline in disagreement is respected for the campaign, one for other priorities is not")));
        mvc.perform(post("/campaigns/hospitals/coalitions/doctors-letter/responses").param("memberId", "hollin")
                .param("response", "DECLINED").param("reason", "PRIORITIES_ELSEWHERE").param("date", "2026-11-22")
                .with(staff()).with(csrf()))
                .andExpect(flash().attribute("notice", "Decline recorded: hollin."));

        Coalition coalition = store.read().coalitions().stream().filter(c -> c.id().equals("doctors-letter"))
                .findFirst().orElseThrow();
        assertThat(coalition).isEqualTo(new Coalition("doctors-letter", "hospitals", List.of(Sector.MEDICAL),
                LocalDate.of(2026, 11, 20), List.of("jisr", "hollin"), List.of(
                        new CoalitionResponse("jisr", ResponseKind.OPTED_IN, null, LocalDate.of(2026, 11, 21)),
                        new CoalitionResponse("hollin", ResponseKind.DECLINED, DeclineReason.PRIORITIES_ELSEWHERE,
                                LocalDate.of(2026, 11, 22)))));
        Document page = page(mvc.perform(get("/campaigns/hospitals").with(staff())).andReturn());
        assertThat(page.select("[data-coalition=doctors-letter] .invitees li").eachText()).containsExactly(
                "Jisr Amal Medical Network: Opted in on 21 Nov 2026",
                "Hollin Legal Aid Trust: Declined (Priorities elsewhere) on 22 Nov 2026");
        assertThat(KnownNetwork.duplicateIds(page)).isEmpty();
        assertThat(page.select("#invite-choices option").eachAttr("value")).as("the rules' candidates, not everyone")
                .contains("jisr").doesNotContain("amira");
    }

    @Test
    void aCoalitionFormThatCannotBeSavedSaysWhyAndAViewerMayNotPostOne() throws Exception {
        StoredNetwork before = store.read();

        mvc.perform(post("/campaigns/hospitals/coalitions").param("coalitionId", "k1").param("formedOn", "someday")
                .with(staff()).with(csrf()))
                .andExpect(flash().attribute("coalitionErrors", Map.of("new.coalitionId",
                        "a coalition with the id 'k1' exists already", "new.formedOn",
                        "'someday' is not a valid date (YYYY-MM-DD, from 1900 to 2999)")));
        mvc.perform(post("/campaigns/hospitals/coalitions/k1/invitations").param("memberId", "nobody")
                .with(staff()).with(csrf()))
                .andExpect(flash().attribute("coalitionErrors", Map.of("invite.memberId",
                        "unknown member id 'nobody': it is not in members")));
        mvc.perform(post("/campaigns/hospitals/coalitions/nope/invitations").param("memberId", "jisr")
                .with(staff()).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/campaigns/hospitals/coalitions/k1/invitations").param("memberId", "jisr").with(viewer())
                .with(csrf())).andExpect(status().isForbidden());

        assertThat(store.read()).as("nothing written").isSameAs(before);
    }

    @Test
    void aNeglectedCandidateIsShownWithANoteToMendItFirstNamingTheAlert() throws Exception {
        Document page = page(mvc.perform(get(CampaignPagesTests.HOSPITALS).with(viewer())).andReturn());

        assertThat(page.select(".sector-card[data-sector=LEGAL] li[data-member=hollin] .mend-first").text())
                .startsWith("Mend this relationship before asking: neglected, by the relationships rule "
                        + "\u201cA relationship past twice its cadence is critical\u201d. Last in touch");
        assertThat(page.select(".sector-card[data-sector=MEDICAL] li[data-member=jisr] .mend-first")).isEmpty();
    }

    Campaign campaign(String id) {
        return store.read().campaigns().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }
}
