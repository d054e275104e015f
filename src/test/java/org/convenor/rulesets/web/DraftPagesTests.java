package org.convenor.rulesets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.rulesets.web.PageFixtures.DRAFT;
import static org.convenor.rulesets.web.PageFixtures.FIRST;
import static org.convenor.rulesets.web.PageFixtures.HEAD;
import static org.convenor.rulesets.web.PageFixtures.editor;
import static org.convenor.rulesets.web.PageFixtures.page;
import static org.convenor.rulesets.web.PageFixtures.viewer;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.convenor.engine.compile.CompileError;
import org.convenor.rulesets.CheckReport;
import org.convenor.rulesets.HistoryEntry;
import org.convenor.rulesets.RuleSetPublisher;
import org.convenor.rulesets.Verdict;
import org.convenor.rulesets.drafts.Draft;
import org.convenor.rulesets.drafts.PolicyTables;
import org.convenor.rulesets.drafts.RuleChanges;
import org.convenor.scenario.Coverage;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.server.ResponseStatusException;

/** A draft's page: its files, the editor, the last check, and what publishing says when it cannot. */
@WebMvcTest(controllers = {DraftPages.class, DraftTablePages.class},
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = PageFixtures.CONSOLE_SECURITY),
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = PageFixtures.API_ONLY),
        // The chain checks at every request that its user is still one: these are the three the tests act as.
        properties = {"convenor.security.users.ana.password={noop}x", "convenor.security.users.ana.roles=EDITOR",
            "convenor.security.users.ben.password={noop}x", "convenor.security.users.ben.roles=EDITOR",
            "convenor.security.users.victor.password={noop}x", "convenor.security.users.victor.roles=VIEWER"})
class DraftPagesTests {

    static final String PAGE = "/rules/fees/drafts/d1";
    static final String WAIVER = "rule \"An approved fee waiver means no fee\"\nwhen\n    Member(id == $id feeWaiver)\n";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RuleChanges changes;

    @MockitoBean
    PolicyTables tables;

    @BeforeEach
    void draft() {
        given(changes.open("ana", "fees", "d1")).willReturn(DRAFT);
        given(changes.history("fees")).willReturn(List.of(HEAD, FIRST));
        given(changes.readFile("ana", "fees", "d1", "rules/policy.drl")).willReturn("package fees;\n");
        given(changes.readFile("ana", "fees", "d1", "rules/waiver.drl")).willReturn(WAIVER);
    }

    @Test
    void eachTableOfTheOpenFileIsAFormBesideTheEditorWithARowToAddAndABoxToRemoveEach() throws Exception {
        given(tables.ofDraft("ana", "fees", "d1")).willReturn(List.of(PageFixtures.BANDS, PageFixtures.SOUTH));

        Document page = page(mvc.perform(get(PAGE).with(editor())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#draft-tables h3").eachText()).containsExactly("Fee bands by annual income");
        Element form = page.selectFirst("[data-table=fee-bands-by-annual-income] form");
        assertThat(form.attr("action")).isEqualTo(PAGE + "/tables/fee-bands-by-annual-income");
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        assertThat(form.select("input[name=cell-1-0]").attr("value")).isEqualTo("1000000");
        assertThat(form.select("input[name=cell-1-1]").attr("value")).isEmpty();
        assertThat(form.select("input[name=cell-1-2]").attr("type")).isEqualTo("number");
        assertThat(form.select("input[name=cell-1-2]").attr("aria-label")).isEqualTo("fee, row 2");
        assertThat(form.select("input[name=remove]").eachAttr("value")).containsExactly("0", "1");
        assertThat(form.select("input[name^=new-]")).hasSize(3);
        assertThat(page.select("textarea#content")).hasSize(1);

        Document south = page(mvc.perform(get(PAGE).param("file", "rules/waiver.drl").with(editor()))
                .andReturn());
        assertThat(south.select("[data-table=countries-counted-as-the-global-south] select[name=cell-0-0] option[selected]")
                .text()).isEqualTo("AF");
    }

    @Test
    void aRefusedValueComesBackToItsCellWithTheRecordsMessageAndWhatWasTyped() throws Exception {
        given(tables.ofDraft("ana", "fees", "d1")).willReturn(List.of(PageFixtures.BANDS));
        willThrow(new InvalidInputException(List.of(new FieldProblem("rows[1][2]", "fee must be at least 0"))))
                .given(tables).write(anyString(), anyString(), anyString(), anyString(), any());
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post(PAGE + "/tables/fee-bands-by-annual-income").with(editor()).with(csrf()).session(session)
                .param("cell-0-0", "0").param("cell-0-1", "1000000").param("cell-0-2", "250")
                .param("cell-1-0", "1000000").param("cell-1-1", "").param("cell-1-2", "-5")
                .param("new-0", "").param("new-1", "").param("new-2", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("alert", "Not saved: row 2: fee must be at least 0. The table shows where."));
        verify(tables).write(anyString(), anyString(), anyString(), anyString(),
                org.mockito.ArgumentMatchers.eq(List.of(List.of(java.math.BigInteger.ZERO,
                        java.math.BigInteger.valueOf(1000000), java.math.BigInteger.valueOf(250)),
                        java.util.Arrays.asList(java.math.BigInteger.valueOf(1000000), null,
                                java.math.BigInteger.valueOf(-5)))));
    }

    @Test
    void opensOnThePolicyTableWithTheFilesByFolderAndTheTextInTheEditor() throws Exception {
        Document page = page(mvc.perform(get(PAGE).with(editor())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Draft of fees");
        assertThat(page.select(".file-nav h3").eachText()).containsExactly("Rules", "Scenarios");
        assertThat(page.select(".file-nav a").eachText()).containsExactly("policy.drl", "waiver.drl", "waiver.yaml");
        assertThat(page.select(".file-nav a[aria-current=page]").text()).isEqualTo("policy.drl");
        assertThat(page.select("label[for=content]").text()).startsWith("Editing rules/policy.drl");
        assertThat(page.select("textarea#content").text()).isEqualTo("package fees;");
        assertThat(page.select("#content").attr("data-mode")).isEqualTo("drl");
        assertThat(page.select("#stale, #check-report")).isEmpty();
        assertThat(page.select("label[for=message]").text()).isEqualTo("Why this change?");
    }

    @Test
    void aFileThatStartsWithABlankLineKeepsItInTheEditor() throws Exception {
        given(changes.readFile("ana", "fees", "d1", "rules/waiver.drl")).willReturn("\npackage fees;\n");

        String html = mvc.perform(get(PAGE).param("file", "rules/waiver.drl").with(editor())).andReturn()
                .getResponse().getContentAsString();

        // Browsers drop the one line break that follows <textarea> (HTML's parsing rules; jsoup keeps it).
        assertThat(html).containsPattern("<textarea id=\"content\"[^>]*>\n\npackage fees;\n</textarea>");
    }

    @Test
    void aDraftOfAnOlderVersionWarnsThatPublishingWillBeRefused() throws Exception {
        given(changes.open("ana", "fees", "d1")).willReturn(new RuleChanges.DraftView("d1", "fees", "c1",
                "1111aaaa1111", PageFixtures.AT, DRAFT.files(), "ana", DRAFT.hash(), null));

        Document page = page(mvc.perform(get(PAGE).with(editor())).andReturn());

        assertThat(page.select("#stale").text()).contains("fees has changed since this draft was made: version "
                + "2222bbbb2222 by ana (Plainer words for a waiver).", "will be refused");
    }

    @Test
    void savingKeepsTheFilesLineEndingsAndReturnsToTheFile() throws Exception {
        mvc.perform(post(PAGE + "/save").param("path", "rules/waiver.drl").param("content", "a\r\nb\r\n")
                .with(editor()).with(csrf()))
                .andExpect(redirectedUrl(PAGE + "?file=rules%2Fwaiver.drl"))
                .andExpect(flash().attribute("notice", "Saved rules/waiver.drl in your draft. Check it before you publish."));

        verify(changes).writeFile("ana", "fees", "d1", "rules/waiver.drl", "a\nb\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFileTheDraftCannotHoldIsNotSavedAndThePageSaysWhy() throws Exception {
        willThrow(new InvalidInputException(List.of(new FieldProblem("content", "the file is 300000 bytes; the limit is 262144"))))
                .given(changes).writeFile(anyString(), anyString(), anyString(), anyString(), any());

        mvc.perform(post(PAGE + "/save").param("path", "rules/waiver.drl").param("content", "x").with(editor()).with(csrf()))
                .andExpect(flash().attribute("alert", "Not saved: the file is 300000 bytes; the limit is 262144."));
    }

    @Test
    void aCheckThatFindsATypoShowsItAtItsLineUntilTheFileChanges() throws Exception {
        given(changes.check("ana", "fees", "d1")).willReturn(new CheckReport(CheckReport.CheckOutcome.REJECTED,
                "3333cccc3333", "does not compile", List.of(new CompileError("rules/waiver.drl", 3,
                        "a comma seems to be missing before 'feeWaiver'", "[ERR 102] mismatched input")), List.of(), null));
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post(PAGE + "/check").param("path", "rules/waiver.drl").param("content", WAIVER).session(session)
                .with(editor()).with(csrf()))
                .andExpect(redirectedUrl(PAGE + "?file=rules%2Fwaiver.drl"))
                .andExpect(flash().attribute("alert", "Check found problems: does not compile. They are listed below the editor."));
        Document page = page(mvc.perform(get(PAGE).param("file", "rules/waiver.drl").session(session).with(editor()))
                .andReturn());

        assertThat(page.select("#check-outcome").text()).isEqualTo("Refused: does not compile.");
        assertThat(page.select(".compile-error").text()).startsWith(
                "rules/waiver.drl, line 3: a comma seems to be missing before 'feeWaiver' What Drools said [ERR 102]");
        assertThat(page.select(".compile-error").attr("data-line")).isEqualTo("3");
        assertThat(page.select(".compile-error a").attr("href")).isEqualTo(PAGE + "?file=rules/waiver.drl&line=3");
        assertThat(page.select(".file-nav a[data-path=rules/waiver.drl] + .tag").text()).isEqualTo("1 error");

        mvc.perform(post(PAGE + "/save").param("path", "rules/waiver.drl").param("content", WAIVER).session(session)
                .with(editor()).with(csrf()));
        assertThat(page(mvc.perform(get(PAGE).session(session).with(editor())).andReturn()).select("#check-report")).isEmpty();
    }

    @Test
    void aCheckThatPassesSaysSo() throws Exception {
        given(changes.check("ana", "fees", "d1")).willReturn(new CheckReport(CheckReport.CheckOutcome.PASSED,
                "3333cccc3333", null, List.of(), List.of(), new Coverage(26, 26, List.of())));

        mvc.perform(post(PAGE + "/check").param("path", "rules/waiver.drl").with(editor()).with(csrf()))
                .andExpect(flash().attribute("notice", "Check passed: version 3333cccc3333 compiles, every scenario "
                        + "passes and all 26 rules are fired by a scenario."));
        verify(changes, never()).writeFile(anyString(), anyString(), anyString(), anyString(), any());
    }

    @Test
    void publishingGoesBackToTheRuleSetWithTheNewVersion() throws Exception {
        given(changes.publish("ana", "fees", "d1", "Plainer words")).willReturn(new RuleSetPublisher.Published(null,
                new HistoryEntry("c3", "3333cccc3333", "ana", "Plainer words", PageFixtures.AT, List.of(), List.of(),
                        List.of())));

        mvc.perform(post(PAGE + "/publish").param("message", "Plainer words").with(editor()).with(csrf()))
                .andExpect(redirectedUrl("/rules/fees"))
                .andExpect(flash().attribute("notice", "Published: fees now answers with version 3333cccc3333."));
    }

    @Test
    void publishingADraftOfAnOlderVersionSaysWhatChangedSince() throws Exception {
        given(changes.publish(anyString(), anyString(), anyString(), any()))
                .willThrow(new RuleSetPublisher.HeadMovedException("fees", "c1", List.of(HEAD)));

        mvc.perform(post(PAGE + "/publish").param("message", "Mine").with(editor()).with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("alert", "Not published: this rule set changed since your draft was made. "
                        + "Make a new draft from the current version and bring your changes into it."))
                .andExpect(flash().attribute("alertDetails", List.of("Version 2222bbbb2222 by ana: Plainer words for a waiver")));
    }

    @Test
    void publishingWhatTheGateRefusesSaysWhyAndKeepsTheReportOnThePage() throws Exception {
        given(changes.publish(anyString(), anyString(), anyString(), any())).willThrow(new RuleSetPublisher.GateRejectedException(
                Verdict.notCompiled("fees", "3333cccc3333", List.of(new CompileError("fees/waiver.drl", 3, "a comma seems to be missing")))));
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post(PAGE + "/publish").param("message", "Mine").session(session).with(editor()).with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("alert", "The gate refused the change: does not compile. "
                        + "Nothing was written; the active version keeps answering."))
                .andExpect(flash().attribute("alertDetails", List.of("rules/waiver.drl, line 3: a comma seems to be missing")));
        assertThat(page(mvc.perform(get(PAGE).session(session).with(editor())).andReturn()).select(".compile-error a").text())
                .isEqualTo("rules/waiver.drl, line 3");
    }

    @Test
    void publishingWithoutSayingWhyIsRefused() throws Exception {
        given(changes.publish("ana", "fees", "d1", "")).willThrow(new InvalidInputException(
                List.of(new FieldProblem("message", "required"))));

        mvc.perform(post(PAGE + "/publish").param("message", "").with(editor()).with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("alert", "Say why you publish this change (at most 500 characters): "
                        + "the message is kept in the history."));
    }

    @Test
    void discardingGoesBackToTheRuleSet() throws Exception {
        mvc.perform(post(PAGE + "/discard").with(editor()).with(csrf())).andExpect(redirectedUrl("/rules/fees"));

        verify(changes).discard("ana", "fees", "d1");
    }

    @Test
    void aViewerCannotOpenADraftNorChangeOne() throws Exception {
        mvc.perform(get(PAGE).with(viewer())).andExpect(status().isForbidden());
        for (String action : List.of("/save", "/check", "/publish", "/discard")) {
            mvc.perform(post(PAGE + action).param("path", "rules/waiver.drl").param("content", "x").param("message", "m")
                    .with(viewer()).with(csrf())).andExpect(status().isForbidden());
        }
        verify(changes, never()).writeFile(anyString(), anyString(), anyString(), anyString(), any());
        verify(changes, never()).publish(anyString(), anyString(), anyString(), any());
    }

    @Test
    void anotherEditorsDraftIsNotFound() throws Exception {
        given(changes.open("ben", "fees", "d1")).willThrow(new ResponseStatusException(HttpStatus.NOT_FOUND, "none"));

        Document page = page(mvc.perform(get(PAGE).with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user("ben").roles("EDITOR"))).andExpect(status().isNotFound()).andReturn());

        assertThat(page.select("main").text()).contains("You have no such draft of fees");
    }
}
