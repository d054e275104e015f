package org.convenor.relationships.web;

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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.convenor.StaffForTests;
import org.convenor.console.ConsolePageTest;
import org.convenor.console.KnownNetwork;
import org.convenor.network.InteractionKind;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.StoredInteraction;
import org.convenor.network.store.StoredNetwork;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** This week ({@code /}): the stored network's alerts, most urgent first, and logging a contact from one. */
@ConsolePageTest
class ThisWeekPageTests {

    static final String WEEK = "/?asOf=" + AS_OF;

    @Autowired
    MockMvc mvc;
    @Autowired
    NetworkStore store;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void knownNetwork() throws Exception {
        KnownNetwork.store(mvc);
    }

    @Test
    void listsTheStoredNetworksAlertsCriticalFirstAsTheApiDecidesThem() throws Exception {
        Document page = page(mvc.perform(get(WEEK).with(viewer())).andExpect(status().isOk()).andReturn());

        JsonNode answer = JsonMapper.builder().build().readTree(mvc.perform(get("/api/relationships/alerts")
                .param("asOf", AS_OF.toString()).with(httpBasic(StaffForTests.VIEWER, StaffForTests.PASSWORD)))
                .andReturn().getResponse().getContentAsString());
        List<String> decided = new ArrayList<>();
        answer.get("alerts").forEach(a -> decided.add(a.get("memberId").asString() + " " + a.get("kind").asString()));
        assertThat(cards(page)).containsExactlyElementsOf(decided).containsExactly(
                "hollin NEGLECTED", "dara NEVER_CONTACTED", "sanad NEGLECTED", "sanad DISAGREEMENT_UNTENDED",
                "amira NEGLECTED", "hollin BENEFITS_LAPSED");
        assertThat(page.select(".alert-card").eachAttr("class")).containsExactly("alert-card severity-critical",
                "alert-card severity-warning", "alert-card severity-warning", "alert-card severity-warning",
                "alert-card severity-warning", "alert-card severity-warning");
        assertThat(page.select("#alerts-heading").text()).isEqualTo("Alerts as of 26 Nov 2026");
        assertThat(page.select("#alert-count").text()).isEqualTo("6 alerts: 1 critical, 5 warning, 0 info. "
                + "Decided by relationships version " + answer.at("/ruleSet/version").asString() + ".");

        Element first = page.select(".alert-card").first();
        assertThat(first.select(".alert-member a").text()).isEqualTo("Hollin Legal Aid Trust");
        assertThat(first.select(".alert-member a").attr("href")).isEqualTo("/network/members/hollin");
        assertThat(first.select(".alert-facts").text()).isEqualTo("Partner, key · 117 days since contact");
        assertThat(first.select(".alert-why").text()).isEqualTo("Last in touch 117 days ago (2026-08-01), more than "
                + "twice the cadence; as a key partner: every 30 days.");
        assertThat(first.select(".alert-action").text()).startsWith("Call to catch up");
        assertThat(first.select(".alert-rule").text()).isEqualTo("A relationship past twice its cadence is critical");
        assertThat(page.select(".alert-card[data-member=dara] .alert-facts").text())
                .isEqualTo("Ally, standard · no contact on record");
    }

    @Test
    void filtersByRoleTierAndKindCountingWhatMatches() throws Exception {
        Document journalists = page(mvc.perform(get(WEEK + "&role=JOURNALIST").with(viewer())).andReturn());
        assertThat(cards(journalists)).containsExactly("amira NEGLECTED");
        assertThat(journalists.select("#alert-count").text()).startsWith("1 alert of 6 match the filters: 0 critical, 1 warning");
        assertThat(journalists.select("#role option[selected]").text()).isEqualTo("Journalist");

        assertThat(cards(page(mvc.perform(get(WEEK + "&tier=KEY").with(viewer())).andReturn())))
                .containsExactly("hollin NEGLECTED", "hollin BENEFITS_LAPSED");
        assertThat(cards(page(mvc.perform(get(WEEK + "&alert=DISAGREEMENT_UNTENDED").with(viewer())).andReturn())))
                .containsExactly("sanad DISAGREEMENT_UNTENDED");
        Document none = page(mvc.perform(get(WEEK + "&role=DONOR").with(viewer())).andReturn());
        assertThat(none.select(".empty").text()).isEqualTo("No alert matches these filters.");
    }

    @Test
    void anEarlierDayDecidesAgainAndAFilterItCannotReadIsSaidBesideItsField() throws Exception {
        Document august = page(mvc.perform(get("/?asOf=2026-08-15").with(viewer())).andReturn());
        assertThat(august.select("#alerts-heading").text()).isEqualTo("Alerts as of 15 Aug 2026");
        assertThat(cards(august)).as("before Hollin, Amira and Sanad were out of touch; contacts after it do not count")
                .contains("sanad DISAGREEMENT_UNTENDED", "dara NEVER_CONTACTED", "basil NEVER_CONTACTED")
                .doesNotContain("hollin NEGLECTED", "amira NEGLECTED", "sanad NEGLECTED", "hollin BENEFITS_LAPSED");

        LocalDate before = LocalDate.now(java.time.ZoneOffset.UTC);
        Document page = page(mvc.perform(get("/?asOf=26/11/2026&role=FRIEND").with(viewer()))
                .andExpect(status().isOk()).andReturn());
        LocalDate after = LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(page.select("#asOf-error").text()).as("today, whichever side of midnight the page was made")
                .isIn(Stream.of(before, after).map(day -> "'26/11/2026' is not a valid date (YYYY-MM-DD, from 1900 to 2999); showing " + day
                        + " instead").toList());
        assertThat(page.select("#asOf").attr("aria-describedby")).isEqualTo("asOf-error");
        assertThat(page.select("#asOf").val()).isEqualTo("26/11/2026");
        assertThat(page.select("#role + .field-error, #role ~ .field-error").text())
                .startsWith("'FRIEND' is not one of PARTNER, PROSPECT, JOURNALIST");
    }

    @Test
    void staffLogAContactOnThePagesDayAndAreToldWhatItDidNotSettle() throws Exception {
        Document page = page(mvc.perform(get(WEEK + "&tier=KEY").with(staff())).andReturn());
        assertThat(page.select(".alert-card details.log-contact")).hasSize(2);
        assertThat(duplicateIds(page)).isEmpty();
        Element form = page.select(".alert-card").first().selectFirst("form[action=/contacts]");
        assertThat(form.select("input[type=hidden]").eachAttr("name"))
                .containsExactly("_csrf", "memberId", "forAlert", "asOf", "owner", "tier", "page", "next");
        assertThat(form.select("input[name=owner]").val()).as("sam owns no member: everyone's").isEqualTo("everyone");
        assertThat(form.select("input[name=next]").val()).as("the card after it").isEqualTo("alert-hollin-BENEFITS_LAPSED");
        assertThat(form.select("button").text()).isEqualTo("Log it on 26 Nov");

        MvcResult logged = mvc.perform(post("/contacts").param("memberId", "hollin").param("forAlert", "NEGLECTED")
                .param("asOf", AS_OF.toString()).param("owner", "everyone").param("tier", "KEY").param("page", "1")
                .param("next", "alert-hollin-BENEFITS_LAPSED").param("kind", "CALL")
                .param("note", "  Caught up on the brief ").with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/?asOf=2026-11-26&owner=everyone&tier=KEY&page=1#alert-hollin-BENEFITS_LAPSED"))
                .andExpect(flash().attribute("notice", "Logged: call with Hollin Legal Aid Trust on 26 Nov 2026."))
                .andReturn();

        assertThat(store.read().interactions()).filteredOn(i -> i.memberId().equals("hollin"))
                .extracting(StoredInteraction::date, StoredInteraction::kind, StoredInteraction::note)
                .contains(org.assertj.core.groups.Tuple.tuple(AS_OF, InteractionKind.CALL, "Caught up on the brief"));
        Document after = page(mvc.perform(get(WEEK + "&tier=KEY").flashAttrs(logged.getFlashMap()).with(staff()))
                .andReturn());
        assertThat(after.select(".flash-ok").text()).isEqualTo("Logged: call with Hollin Legal Aid Trust on 26 Nov 2026.");
        assertThat(cards(after)).containsExactly("hollin BENEFITS_LAPSED");
        assertThat(after.select("#still-alerted").text())
                .isEqualTo("That contact did not settle every alert of hollin: Benefits lapsed stays. See what to do below.");
    }

    @Test
    void aContactThatCannotBeLoggedIsSaidBesideItsFieldsAndNothingIsSaved() throws Exception {
        StoredNetwork before = store.read();

        MvcResult refused = mvc.perform(logContact("amira", "PIGEON", AS_OF.toString()).param("note", "by pigeon")
                .with(staff()).with(csrf()))
                .andExpect(redirectedUrl("/?asOf=2026-11-26#alert-amira-NEGLECTED"))
                .andExpect(flash().attribute("alert", "The contact was not logged: 'PIGEON' is not one of MEETING, "
                        + "CALL, MESSAGE, INTEL_UPDATE, STORY_SHARED, CONVENING, INTRODUCTION."))
                .andReturn();
        mvc.perform(logContact("amira", "CALL", "2099-01-01").with(staff()).with(csrf()))
                .andExpect(flash().attribute("alert", "The contact was not logged: a contact cannot be logged on "
                        + "1 Jan 2099, which has not come yet."));
        mvc.perform(logContact("nobody", "CALL", AS_OF.toString()).with(staff()).with(csrf()))
                .andExpect(flash().attribute("alert", org.hamcrest.Matchers.startsWith("The contact was not logged: ")));

        assertThat(store.read()).as("nothing written").isSameAs(before);
        Document page = page(mvc.perform(get(WEEK).flashAttrs(refused.getFlashMap()).with(staff())).andReturn());
        Element open = page.selectFirst(".alert-card[data-member=amira] details.log-contact");
        assertThat(open.hasAttr("open")).isTrue();
        assertThat(open.select("select[name=kind] + .field-error").text())
                .startsWith("'PIGEON' is not one of MEETING, CALL");
        assertThat(open.select("input[name=note]").val()).isEqualTo("by pigeon");
        assertThat(page.select("details.log-contact[open]")).hasSize(1);
    }

    @Test
    void aViewerSeesNoLogContactAndIsRefusedOne() throws Exception {
        Document page = page(mvc.perform(get(WEEK).with(viewer())).andReturn());
        assertThat(page.select(".alert-card")).hasSize(6);
        assertThat(page.select("details.log-contact")).isEmpty();
        assertThat(changeForms(page)).isEmpty();
        StoredNetwork before = store.read();

        mvc.perform(logContact("amira", "CALL", AS_OF.toString()).with(viewer()).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(store.read()).as("nothing written").isSameAs(before);
    }

    @Test
    void aContactPostedWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        StoredNetwork before = store.read();

        mvc.perform(logContact("amira", "CALL", AS_OF.toString()).with(staff())).andExpect(status().isForbidden());
        mvc.perform(logContact("amira", "CALL", AS_OF.toString()).with(staff()).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());

        assertThat(store.read()).as("nothing written").isSameAs(before);
    }

    @Test
    void aUserWhoOwnsMembersSeesTheirsFirstWithEveryoneAndNoOwnerAClickAway() throws Exception {
        KnownNetwork.store(mvc, KnownNetwork.JSON.replace("{\"id\": \"hollin\",", "{\"id\": \"hollin\", \"owner\": \"sam\",")
                .replace("{\"id\": \"amira\",", "{\"id\": \"amira\", \"owner\": \"ana\","));

        Document mine = page(mvc.perform(get(WEEK).with(staff())).andReturn());
        assertThat(cards(mine)).containsExactly("hollin NEGLECTED", "hollin BENEFITS_LAPSED");
        assertThat(mine.select("#alert-count").text()).startsWith("2 alerts of 6 match the filters: 1 critical, 1 warning");
        assertThat(counts(mine)).containsExactly("sam Mine 2 current", "everyone Everyone 6", "none No owner 3", "ana ana 1",
                "ben ben 0");
        assertThat(mine.select("#owner-counts li[data-owner=everyone] a").attr("href"))
                .isEqualTo("/?asOf=2026-11-26&owner=everyone");
        assertThat(mine.select("#owner option[selected]").val()).isEqualTo("sam");
        assertThat(mine.select(".alert-card .alert-owner").eachText()).containsOnly("sam (you)");
        assertThat(duplicateIds(mine)).isEmpty();

        Document everyone = page(mvc.perform(get(WEEK + "&owner=everyone").with(staff())).andReturn());
        assertThat(cards(everyone)).hasSize(6);
        assertThat(everyone.select(".alert-card[data-member=amira] .alert-owner").text()).isEqualTo("ana");
        assertThat(everyone.select(".alert-card[data-member=dara] .alert-owner").text()).isEqualTo("no owner");
        assertThat(cards(page(mvc.perform(get(WEEK + "&owner=none").with(staff())).andReturn())))
                .containsExactly("dara NEVER_CONTACTED", "sanad NEGLECTED", "sanad DISAGREEMENT_UNTENDED");
        assertThat(cards(page(mvc.perform(get(WEEK).with(KnownNetwork.editor())).andReturn())))
                .as("ana's own first").containsExactly("amira NEGLECTED");
        Document viewer = page(mvc.perform(get(WEEK).with(viewer())).andReturn());
        assertThat(cards(viewer)).as("a viewer owns nothing: everyone's").hasSize(6);
        assertThat(counts(viewer)).containsExactly("everyone Everyone 6 current", "none No owner 3", "ana ana 1",
                "ben ben 0", "sam sam 2");
        Document unknown = page(mvc.perform(get(WEEK + "&owner=nobody").with(staff())).andReturn());
        assertThat(unknown.select("#error-owner").text()).isEqualTo("'nobody' is not a user who may own members; "
                + "showing everyone's");
        assertThat(cards(unknown)).hasSize(6);
    }

    @Test
    void theAlertsOfAnOwnerWhoLeftAreUnderNoOwnerAndSayWhy() throws Exception {
        KnownNetwork.store(mvc, KnownNetwork.JSON.replace("{\"id\": \"amira\",", "{\"id\": \"amira\", \"owner\": \"ana\","));
        jdbc.sql("UPDATE member SET owner = 'gone' WHERE owner = 'ana'").update();
        jdbc.sql("UPDATE network_revision SET revision = revision + 1").update();

        Document none = page(mvc.perform(get(WEEK + "&owner=none").with(staff())).andReturn());

        assertThat(cards(none)).contains("amira NEGLECTED");
        Element amira = none.selectFirst(".alert-card[data-member=amira]");
        assertThat(amira.select(".alert-owner").text()).isEqualTo("gone (may no longer own members)");
        assertThat(amira.select(".alert-owner").hasClass("unowned")).isTrue();
        assertThat(counts(none)).containsExactly("sam Mine 0", "everyone Everyone 6", "none No owner 6 current",
                "ana ana 0", "ben ben 0");
    }

    @Test
    void anOperatorOpensNoPageAndNobodySignedOutSeesTheAlerts() throws Exception {
        mvc.perform(get(WEEK).with(operator())).andExpect(status().isForbidden());
        mvc.perform(get(WEEK)).andExpect(redirectedUrl("/login"));
    }

    /** The counts by owner at the top, as "value label count", and "current" for the one shown. */
    static List<String> counts(Document page) {
        return page.select("#owner-counts li").stream().map(li -> li.attr("data-owner") + " "
                + li.select(".owner-label").text() + " " + li.select(".owner-count").text()
                + (li.select("a[aria-current]").isEmpty() ? "" : " current")).toList();
    }

    /** Each alert on the page as "memberId KIND", in the page's order. */
    static List<String> cards(Document page) {
        return page.select(".alert-card").stream().map(card -> card.attr("data-member") + " " + card.attr("data-kind"))
                .toList();
    }

    static MockHttpServletRequestBuilder logContact(String member, String kind, String asOf) {
        return post("/contacts").param("memberId", member).param("forAlert", "NEGLECTED").param("kind", kind)
                .param("asOf", asOf);
    }
}
