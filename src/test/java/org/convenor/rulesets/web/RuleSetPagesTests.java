package org.convenor.rulesets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.rulesets.web.PageFixtures.FEES;
import static org.convenor.rulesets.web.PageFixtures.FIRST;
import static org.convenor.rulesets.web.PageFixtures.HEAD;
import static org.convenor.rulesets.web.PageFixtures.editor;
import static org.convenor.rulesets.web.PageFixtures.page;
import static org.convenor.rulesets.web.PageFixtures.viewer;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.convenor.rulesets.HistoryEntry;
import org.convenor.rulesets.HistoryDiff;
import org.convenor.rulesets.RuleSetLibrary;
import org.convenor.rulesets.drafts.PolicyTables;
import org.convenor.rulesets.RuleSetPublisher;
import org.convenor.rulesets.Verdict;
import org.convenor.rulesets.drafts.RuleChanges;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The rule set pages: what they show, to whom, and that every change needs EDITOR and the form's CSRF token. */
@WebMvcTest(controllers = RuleSetPages.class,
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = PageFixtures.CONSOLE_SECURITY),
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = PageFixtures.API_ONLY),
        // The chain checks at every request that its user is still one: these are the two the tests act as.
        properties = {"convenor.security.users.ana.password={noop}x", "convenor.security.users.ana.roles=EDITOR",
            "convenor.security.users.victor.password={noop}x", "convenor.security.users.victor.roles=VIEWER"})
class RuleSetPagesTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RuleSetLibrary library;

    @MockitoBean
    RuleChanges changes;

    @MockitoBean
    PolicyTables tables;

    @MockitoBean
    HistoryDiff diff;

    @BeforeEach
    void fees() {
        given(library.statuses()).willReturn(List.of(FEES));
        given(library.status("fees")).willReturn(Optional.of(FEES));
        given(changes.history("fees")).willReturn(List.of(HEAD, FIRST));
        given(tables.active("fees")).willReturn(List.of(PageFixtures.BANDS, PageFixtures.SOUTH));
    }

    @Test
    void aViewerReadsEveryPolicyTableOfTheActiveVersion() throws Exception {
        Document page = page(mvc.perform(get("/rules/fees").with(viewer())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#policy-tables h3").eachText())
                .containsExactly("Fee bands by annual income", "Countries counted as the Global South");
        Element bands = page.selectFirst("[data-table=fee-bands-by-annual-income]");
        assertThat(bands.select("th").eachText()).containsExactly("from", "below", "fee");
        assertThat(bands.select("tbody tr").get(1).select("td").eachText()).containsExactly("1000000", "—", "1000");
        assertThat(page.select("[data-table=countries-counted-as-the-global-south] .choice-list").text())
                .isEqualTo("AF, BF");
        assertThat(page.select("#policy-tables input, #policy-tables select, #policy-tables form")).isEmpty();
    }

    @Test
    void aHistoryEntryShowsTheLinesItRemovedAndAddedAndNothingElse() throws Exception {
        given(diff.changes("fees", "c2")).willReturn(List.of(new HistoryDiff.FileChange("rules/policy.drl", true, true,
                List.of(new HistoryDiff.Hunk(List.of(new HistoryDiff.Line(18, "    insert(new IncomeBand(1000L));")),
                        List.of(new HistoryDiff.Line(18, "    insert(new IncomeBand(1200L));")))))));

        Document page = page(mvc.perform(get("/rules/fees/history/c2").with(viewer())).andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("h1").text()).isEqualTo("What changed in version 2222bbbb2222");
        assertThat(page.select("[data-file='rules/policy.drl'] .diff-removed .diff-number").eachText())
                .containsExactly("−18");
        assertThat(page.select("[data-file='rules/policy.drl'] .diff-removed .diff-text").eachText())
                .containsExactly("insert(new IncomeBand(1000L));");
        assertThat(page.select("[data-file='rules/policy.drl'] .diff-added .diff-text").eachText())
                .containsExactly("insert(new IncomeBand(1200L));");
        assertThat(page(mvc.perform(get("/rules/fees").with(viewer())).andReturn())
                .select("#history a.what-changed").eachAttr("href"))
                .containsExactly("/rules/fees/history/c2", "/rules/fees/history/c1");
    }

    @Test
    void listsEachRuleSetWithItsVersionScenariosCoverageAndLastChange() throws Exception {
        Document page = page(mvc.perform(get("/rules").with(viewer())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Rules");
        assertThat(page.select("#rule-sets tbody tr")).hasSize(1);
        assertThat(page.select("tr[data-rule-set=fees] a").attr("href")).isEqualTo("/rules/fees");
        assertThat(page.select("tr[data-rule-set=fees] .version").text()).isEqualTo("2222bbbb2222");
        assertThat(page.select("tr[data-rule-set=fees] .scenarios").text()).isEqualTo("2 of 2 pass");
        assertThat(page.select("tr[data-rule-set=fees] .coverage").text()).isEqualTo("3 of 3 rules fired");
        assertThat(page.select("tr[data-rule-set=fees] td").last().text()).contains("ana", "Plainer words for a waiver");
    }

    @Test
    void aRuleSetShowsItsRulesByFileItsScenariosAndItsHistoryWithoutEditControlsForAViewer() throws Exception {
        Document page = page(mvc.perform(get("/rules/fees").with(viewer())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Rule set fees");
        assertThat(page.select("#active-version").text()).isEqualTo("2222bbbb2222");
        assertThat(page.select("#coverage").text()).isEqualTo("3 of 3 rules are fired by a scenario");
        assertThat(page.select("details.rule-file").eachAttr("data-file")).containsExactly("waiver.drl", "who-pays.drl");
        assertThat(page.select("details[data-file=who-pays.drl] dt").eachText())
                .containsExactly("Partner organisations are invoiced", "Prospect organisations get a quote");
        assertThat(page.select("#scenarios tbody tr")).hasSize(2).allSatisfy(row -> assertThat(row.text()).contains("passes"));
        assertThat(page.select("#history .author").eachText()).containsExactly("ana", "file system");
        assertThat(page.select("#history .message").first().text()).isEqualTo("Plainer words for a waiver");
        assertThat(page.select("#new-draft, .restore, main form")).isEmpty();
        verify(changes, never()).drafts(anyString(), anyString());
    }

    @Test
    void anEditorSeesTheirDraftsANewDraftButtonAndRestoreForEveryEarlierVersion() throws Exception {
        given(changes.drafts("ana", "fees")).willReturn(List.of(PageFixtures.DRAFT));

        Document page = page(mvc.perform(get("/rules/fees").with(editor())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#new-draft").text()).isEqualTo("New draft");
        assertThat(page.select(".draft-list a").attr("href")).isEqualTo("/rules/fees/drafts/d1");
        assertThat(page.select(".restore")).singleElement()
                .satisfies(link -> assertThat(link.attr("href")).isEqualTo("/rules/fees/history/c1/restore"));
    }

    @Test
    void anEditorsNewDraftOpensOnItsOwnPage() throws Exception {
        given(changes.create("ana", "fees")).willReturn(PageFixtures.DRAFT);

        mvc.perform(post("/rules/fees/drafts").with(editor()).with(csrf()))
                .andExpect(redirectedUrl("/rules/fees/drafts/d1"))
                .andExpect(flash().attribute("notice", "A new draft of fees, made from version 2222bbbb2222. "
                        + "Nothing you change here is live until you publish it."));
    }

    @Test
    void aViewerMayNotMakeADraftNorRestore() throws Exception {
        mvc.perform(post("/rules/fees/drafts").with(viewer()).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/rules/fees/history/c1/restore").with(viewer())).andExpect(status().isForbidden());
        mvc.perform(post("/rules/fees/history/c1/restore").param("message", "back").with(viewer()).with(csrf()))
                .andExpect(status().isForbidden());

        verify(changes, never()).create(anyString(), anyString());
        verify(changes, never()).restore(anyString(), anyString(), anyString(), anyString());
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/rules/fees/drafts").with(editor())).andExpect(status().isForbidden());
        mvc.perform(post("/rules/fees/drafts").with(editor()).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());

        verify(changes, never()).create(anyString(), anyString());
    }

    @Test
    void nobodySignedInIsSentToSignIn() throws Exception {
        mvc.perform(get("/rules/fees")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/rules/fees/drafts").with(csrf())).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anUnknownRuleSetIsAPageThatSaysSo() throws Exception {
        Document page = page(mvc.perform(get("/rules/nope").with(viewer())).andExpect(status().isNotFound()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Not Found");
        assertThat(page.select("main").text()).contains("There is no rule set named 'nope'.");
    }

    @Test
    void restoringShowsWhatWillGoLiveThenRestoresWithTheEditorsMessage() throws Exception {
        Document page = page(mvc.perform(get("/rules/fees/history/c1/restore").with(editor()))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("h1").text()).isEqualTo("Restore an earlier version of fees");
        assertThat(page.select(".facts dd").first().text()).contains("1111aaaa1111", "file system");
        assertThat(page.select("label[for=message]").text()).startsWith("Why restore it?");
        given(changes.restore("ana", "fees", "c1", "Back to the old words")).willReturn(new RuleSetPublisher.Published(
                null, new HistoryEntry("c3", "1111aaaa1111", "ana", "Back to the old words", PageFixtures.AT, List.of(),
                List.of(), List.of())));

        mvc.perform(post("/rules/fees/history/c1/restore").param("message", "Back to the old words").with(editor())
                .with(csrf()))
                .andExpect(redirectedUrl("/rules/fees"))
                .andExpect(flash().attribute("notice", "Restored: fees now answers with version 1111aaaa1111."));
    }

    @Test
    void aRestoreTheGateRefusesSaysWhyAndChangesNothing() throws Exception {
        given(changes.restore(anyString(), anyString(), anyString(), any())).willThrow(
                new RuleSetPublisher.GateRejectedException(Verdict.rejected("fees", "1111aaaa1111",
                        "1 of 15 scenarios failed")));

        mvc.perform(post("/rules/fees/history/c1/restore").param("message", "Back").with(editor()).with(csrf()))
                .andExpect(redirectedUrl("/rules/fees"))
                .andExpect(flash().attribute("alert", "The gate refused the change: 1 of 15 scenarios failed. "
                        + "Nothing was written; the active version keeps answering."));
    }
}
