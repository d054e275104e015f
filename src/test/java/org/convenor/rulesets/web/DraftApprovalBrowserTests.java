package org.convenor.rulesets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convenor.rulesets.web.RulesPagesBrowserTests.WAIVER_WORDS;
import static org.convenor.rulesets.web.RulesPagesBrowserTests.replaceInEditor;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.convenor.Browser;
import org.convenor.BrowserTest;
import org.convenor.RunningApp;
import org.convenor.StaffForTests;
import org.convenor.TempRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;

/**
 * A second pair of eyes in a real browser ({@code convenor.rule-changes.approvals = 1}): ana's draft is refused until
 * ben approves it as it stands, an edit withdraws his approval, and the history names them both; a draft sent back
 * tells its author why; a restore needs no approval. Ana and ben work in two browsers side by side.
 */
@BrowserTest
class DraftApprovalBrowserTests {

    static final String AUTHOR = StaffForTests.EDITOR;
    static final String REVIEWER = StaffForTests.SECOND_EDITOR;

    @TempDir
    static Path root;
    static RunningApp app;

    @BeforeAll
    static void start() {
        String[] args = Stream.concat(Arrays.stream(StaffForTests.ARGS),
                Stream.of("--convenor.rule-changes.approvals=1")).toArray(String[]::new);
        app = RunningApp.start(TempRules.copy(root).args(args));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Browser signedIn(String user) {
        Browser browser = Browser.on(app);
        browser.signIn(user, StaffForTests.PASSWORD).find("h1");
        return browser;
    }

    /** Ana's new draft of fees with a file's words changed and saved; the browser is left on the draft's page. */
    static String reworded(Browser author, String file, String from, String to) {
        author.open("/rules/fees").clickThrough("#new-draft");
        String draft = author.path();
        author.clickThrough("a[data-path='" + file + "']");
        replaceInEditor(author, from, to);
        author.clickThrough("#save");
        return draft;
    }

    @Test
    void aDraftIsPublishedOnlyAsAnotherEditorApprovedItAndTheHistoryNamesBoth() {
        try (Browser ana = signedIn(AUTHOR); Browser ben = signedIn(REVIEWER)) {
            String draft = reworded(ana, "rules/waiver.drl", WAIVER_WORDS, "An approved fee waiver, as ben read it.");
            assertThat(ana.text("#review")).contains("Publishing needs an approval by another EDITOR");
            assertThat(ana.all("#approve")).isEmpty();
            ana.find("#message").sendKeys("Plainer words for a waiver");
            ana.clickThrough("#publish");
            assertThat(ana.text(".flash-problem")).contains("needs an approval by another EDITOR of the draft as it "
                    + "stands", "has not asked for approval");

            ana.clickThrough("#ask-approval");
            assertThat(ana.text("#review-state .review-status")).isEqualTo("asks for approval");

            ben.open("/rules/fees");
            assertThat(ben.text("#asking")).contains("ana's draft of");
            ben.clickThrough("#asking a");
            assertThat(ben.path()).isEqualTo(draft);
            assertThat(ben.text("#reviewing")).startsWith("ana's draft, made from version");
            assertThat(ben.text("#draft-changes")).contains("rules/waiver.drl", "as ben read it");
            assertThat(ben.all("#publish, #discard, #save")).isEmpty();
            assertThat(ben.unlabelledControls()).isEmpty();
            ben.clickThrough("#check");
            assertThat(ben.text("#check-outcome")).startsWith("Passed: version ");
            ben.screenshot("draft-review");
            ben.script("arguments[0].focus()", ben.find("#approve"));
            ben.typeThrough(Keys.ENTER);
            assertThat(ben.text(".flash-ok")).startsWith("Approved as it stands");

            ana.open(draft);
            assertThat(ana.text("#review-state .review-status")).isEqualTo("approved by ben");
            ana.open("/rules/fees");
            assertThat(ana.text(".draft-list")).contains("approved by ben");

            ana.open(draft + "?file=rules/waiver.drl");
            replaceInEditor(ana, "as ben read it", "as ben read it, and then some");
            ana.clickThrough("#save");
            assertThat(ana.text("#review-state .review-status"))
                    .isEqualTo("approval by ben withdrawn: the draft changed since");
            ana.screenshot("draft-approval-withdrawn");
            assertThat(ana.find("#message").getDomProperty("value")).as("a refused publish keeps what was typed")
                    .isEqualTo("Plainer words for a waiver");
            ana.clickThrough("#publish");
            assertThat(ana.text(".flash-problem")).contains("withdrawn when the draft changed");

            ben.open(draft);
            assertThat(ben.text("#draft-changes")).contains("and then some");
            ben.clickThrough("#approve");
            ana.open(draft);
            ana.clickThrough("#publish");

            assertThat(ana.path()).isEqualTo("/rules/fees");
            assertThat(ana.text("#history tbody tr .author")).isEqualTo("ana, approved by ben");
            assertThat(ana.text("#history tbody tr .message")).isEqualTo("Plainer words for a waiver");
            assertThat(app.getAs(AUTHOR, StaffForTests.PASSWORD, "/api/rulesets/fees/history").body().get(0)
                    .get("approvedBy").get(0).asString()).isEqualTo(REVIEWER);
            ana.screenshot("rule-set-approved");

            int entries = ana.all("#history tbody tr").size();
            ana.clickThrough("#history tbody tr:last-child .restore");
            ana.find("#message").sendKeys("Back to where we began");
            ana.clickThrough("main button[type=submit]");
            assertThat(ana.text(".flash-ok")).startsWith("Restored: fees now answers with version");
            assertThat(ana.all("#history tbody tr")).hasSize(entries + 1);
            assertThat(ana.text("#history tbody tr .author")).isEqualTo("ana");
        }
    }

    @Test
    void aDraftSentBackTellsItsAuthorWhy() {
        try (Browser ana = signedIn(AUTHOR); Browser ben = signedIn(REVIEWER)) {
            String draft = reworded(ana, "rules/outcome.drl", "The waiver applies: no fee.", "Nothing is due.");
            ana.clickThrough("#ask-approval");

            ben.open(draft);
            ben.find("#note").sendKeys("Say what a waiver is for.");
            ben.focused().sendKeys(Keys.TAB);
            assertThat(ben.focused().getAttribute("id")).isEqualTo("send-back");
            ben.typeThrough(Keys.ENTER);
            assertThat(ben.text(".flash-ok")).startsWith("Sent back");

            ana.open("/rules/fees");
            assertThat(ana.text(".draft-list")).contains("sent back by ben: Say what a waiver is for.");
            ana.open(draft);
            assertThat(ana.text("#review-state")).contains("sent back by ben: Say what a waiver is for.");
            assertThat(ana.text("#ask-approval")).isEqualTo("Ask for approval again");
            ana.screenshot("draft-sent-back");
        }
    }
}
