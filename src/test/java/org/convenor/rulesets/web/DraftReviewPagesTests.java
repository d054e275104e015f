package org.convenor.rulesets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.rulesets.web.PageFixtures.DRAFT;
import static org.convenor.rulesets.web.PageFixtures.FIRST;
import static org.convenor.rulesets.web.PageFixtures.HEAD;
import static org.convenor.rulesets.web.PageFixtures.editor;
import static org.convenor.rulesets.web.PageFixtures.page;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.convenor.rulesets.HistoryDiff;
import org.convenor.rulesets.drafts.DraftReviews;
import org.convenor.rulesets.drafts.OwnDraftException;
import org.convenor.rulesets.drafts.PolicyTables;
import org.convenor.rulesets.drafts.Review;
import org.convenor.rulesets.drafts.RuleChanges;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A draft's Approval panel: the author's, a reviewer's read-only page, and none at all with approvals off. */
@WebMvcTest(controllers = {DraftPages.class, DraftReviewPages.class},
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = PageFixtures.CONSOLE_SECURITY),
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = PageFixtures.API_ONLY),
        properties = {"convenor.security.users.ana.password={noop}x", "convenor.security.users.ana.roles=EDITOR",
            "convenor.security.users.ben.password={noop}x", "convenor.security.users.ben.roles=EDITOR"})
class DraftReviewPagesTests {

    static final String PAGE = "/rules/fees/drafts/d1";
    static final Review ASKED = new Review(Review.State.ASKED, "ana", PageFixtures.AT, null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RuleChanges changes;

    @MockitoBean
    PolicyTables tables;

    @MockitoBean
    DraftReviews reviews;

    static RequestPostProcessor ben() {
        return user("ben").roles("EDITOR");
    }

    static RuleChanges.DraftView draft(Review review) {
        return new RuleChanges.DraftView("d1", "fees", "c2", "2222bbbb2222", PageFixtures.AT, DRAFT.files(), "ana",
                "ab".repeat(32), review);
    }

    @BeforeEach
    void aDraftOfAna() {
        given(changes.history("fees")).willReturn(List.of(HEAD, FIRST));
        given(changes.readFile(anyString(), anyString(), anyString(), anyString())).willReturn("package fees;\n");
    }

    @Test
    void withApprovalsOffTheDraftPageIsTheOneEditorsOfBefore() throws Exception {
        given(changes.open("ana", "fees", "d1")).willReturn(DRAFT);

        Document page = page(mvc.perform(get(PAGE).with(editor())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#review, #draft-changes, #reader-form")).isEmpty();
        assertThat(page.select("#editor-form, #publish, #discard")).hasSize(3);
    }

    @Test
    void theAuthorAsksForApprovalAndIsToldWhereTheDraftStands() throws Exception {
        given(changes.approvalsNeeded()).willReturn(1);
        given(changes.open("ana", "fees", "d1")).willReturn(draft(null));

        Document page = page(mvc.perform(get(PAGE).with(editor())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#review").text()).contains("Publishing needs an approval by another EDITOR");
        assertThat(page.select("form[action$=/ask-approval] input[name=_csrf]")).hasSize(1);
        assertThat(page.select("#approve, #send-back")).isEmpty();

        given(changes.open("ana", "fees", "d1")).willReturn(draft(new Review(Review.State.SENT_BACK, "ben",
                PageFixtures.AT, "Say what a waiver is for.")));
        Document back = page(mvc.perform(get(PAGE).with(editor())).andReturn());
        assertThat(back.select("#review-state .review-status").text())
                .isEqualTo("sent back by ben: Say what a waiver is for.");
        assertThat(back.select("#ask-approval").text()).isEqualTo("Ask for approval again");
    }

    @Test
    void anotherEditorReadsTheDraftAndItsChangesAndApprovesWhatThePageShowed() throws Exception {
        given(changes.approvalsNeeded()).willReturn(1);
        given(changes.open("ben", "fees", "d1")).willReturn(draft(ASKED));
        given(changes.changesFromBase("ben", "fees", "d1")).willReturn(List.of(new HistoryDiff.FileChange(
                "rules/waiver.drl", true, true, List.of(new HistoryDiff.Hunk(
                        List.of(new HistoryDiff.Line(3, "old words")), List.of(new HistoryDiff.Line(3, "new words")))))));

        Document page = page(mvc.perform(get(PAGE).with(ben())).andExpect(status().isOk()).andReturn());

        assertThat(page.select("#reviewing").text()).startsWith("ana's draft, made from version 2222bbbb2222");
        assertThat(page.select("#draft-changes .diff-added").text()).isEqualTo("+3new words");
        assertThat(page.select("#editor-form, #publish, #discard, #ask-approval, .accept-form")).isEmpty();
        assertThat(page.select("#reader-form textarea[readonly]")).hasSize(1);
        assertThat(page.select("#reader-form").attr("action")).isEqualTo(PAGE + "/check");
        assertThat(page.select("#approve-form input[name=hash]").attr("value")).isEqualTo("ab".repeat(32));
        assertThat(page.select("#approve-form input[name=_csrf], #send-back-form input[name=_csrf]")).hasSize(2);
        assertThat(page.select("label[for=note]").text()).isEqualTo("What should change?");

        mvc.perform(post(PAGE + "/approve").param("hash", "ab".repeat(32)).with(ben()).with(csrf()))
                .andExpect(redirectedUrl(PAGE + "#review"))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith("Approved as it stands")));
        verify(reviews).approve("ben", "fees", "d1", "ab".repeat(32));
    }

    @Test
    void anAuthorApprovingTheirOwnIsToldWhyAndNothingIsApprovedWithoutCsrf() throws Exception {
        given(reviews.approve("ana", "fees", "d1", null)).willThrow(new OwnDraftException("approve"));

        mvc.perform(post(PAGE + "/approve").with(editor()).with(csrf()))
                .andExpect(flash().attribute("alert", "Nothing done: You cannot approve your own draft: another "
                        + "EDITOR reviews it."));
        mvc.perform(post(PAGE + "/approve").with(ben())).andExpect(status().isForbidden());
        verify(reviews, never()).approve(eq("ben"), anyString(), anyString(), any());
    }
}
