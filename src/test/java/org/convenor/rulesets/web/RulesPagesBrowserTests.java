package org.convenor.rulesets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.convenor.Browser;
import org.convenor.BrowserTest;
import org.convenor.RunningApp;
import org.convenor.StaffForTests;
import org.convenor.TempRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * The rule pages in a real browser against the running service, on a copy of the frozen policy with its own
 * history and drafts. Each test works on its own rule set or draft, so they pass in any order.
 */
@BrowserTest
class RulesPagesBrowserTests {

    static final String WAIVER_WORDS = "An approved fee waiver.";
    static final String MEMBER_PATTERN = "Member(id == $id, feeWaiver == true)";

    @TempDir
    static Path root;
    static TempRules rules;
    static RunningApp app;

    @BeforeAll
    static void start() {
        rules = TempRules.copy(root);
        app = RunningApp.start(rules.args(StaffForTests.ARGS));
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

    @Test
    void theRulesPageListsEachRuleSetWithTheVersionAnsweringAndItsCoverage() {
        try (Browser browser = signedIn(StaffForTests.EDITOR)) {
            browser.open("/rules");

            assertThat(browser.text("h1")).isEqualTo("Rules");
            List<String> names = browser.all("#rule-sets tbody tr").stream()
                    .map(row -> row.getAttribute("data-rule-set")).toList();
            assertThat(names).containsExactly("coalitions", "fees", "introductions", "relationships");
            for (String name : names) {
                JsonNode status = app.get("/api/rulesets/" + name).body();
                String row = "#rule-sets tr[data-rule-set=" + name + "] ";
                assertThat(browser.text(row + ".version")).isEqualTo(status.get("version").asString());
                int rulesCount = status.get("coverage").get("rules").asInt();
                assertThat(browser.text(row + ".coverage")).isEqualTo(rulesCount + " of " + rulesCount + " rules fired");
            }
            browser.screenshot("rules");
            browser.width(Browser.PHONE_WIDTH).open("/rules");
            browser.screenshot("rules-phone");
        }
    }

    @Test
    void anEditorRewordsAReasonChecksItPublishesItAndSeesTheNewVersionInTheHistory() {
        String before = app.get("/api/rulesets/fees").body().get("version").asString();
        try (Browser browser = signedIn(StaffForTests.EDITOR)) {
            browser.open("/rules/fees");
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.screenshot("rule-set");
            browser.clickThrough("#new-draft");
            assertThat(browser.text("h1")).isEqualTo("Draft of fees");
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.screenshot("draft");
            browser.clickThrough("a[data-path='rules/waiver.drl']");

            replaceInEditor(browser, WAIVER_WORDS, "An approved fee waiver: nothing is due.");
            browser.clickThrough("#check");

            assertThat(browser.text("#check-outcome")).startsWith("Passed: version ");
            assertThat(browser.text(".flash-ok")).startsWith("Check passed");
            browser.screenshot("draft-checked");
            browser.find("#message").sendKeys("Plainer words for a waiver");
            browser.clickThrough("#publish");

            assertThat(browser.path()).isEqualTo("/rules/fees");
            String published = browser.text("#active-version");
            assertThat(published).isNotEqualTo(before);
            assertThat(browser.text(".flash-ok")).isEqualTo("Published: fees now answers with version " + published + ".");
            WebElement newest = browser.find("#history tbody tr");
            assertThat(newest.findElement(org.openqa.selenium.By.cssSelector(".author")).getText()).isEqualTo("ana");
            assertThat(newest.findElement(org.openqa.selenium.By.cssSelector(".message")).getText())
                    .isEqualTo("Plainer words for a waiver");
            assertThat(newest.findElement(org.openqa.selenium.By.cssSelector(".files")).getText())
                    .isEqualTo("rules/waiver.drl");
        }
        JsonNode answer = app.post("/api/fees/assessments", """
                {"convenor": {"annualIncome": 4000000}, "members": [{"id": "small-london-group", "kind": "ORGANISATION",
                 "roles": ["PARTNER"], "country": "GB", "annualIncome": 300000, "feeWaiver": true}]}""").body();
        assertThat(answer.get("assessments").get(0).get("reasons").toString()).contains("nothing is due");
    }

    @Test
    void aTypoIsShownAtItsLineInTheEditorAndInTheList() throws Exception {
        List<String> lines = Files.readAllLines(rules.rules().resolve("fees/waiver.drl"));
        int line = 1 + lines.indexOf(lines.stream().filter(l -> l.contains(MEMBER_PATTERN)).findFirst().orElseThrow());
        try (Browser browser = signedIn(StaffForTests.EDITOR)) {
            browser.open("/rules/fees").clickThrough("#new-draft").clickThrough("a[data-path='rules/waiver.drl']");

            replaceInEditor(browser, "$id, feeWaiver", "$id feeWaiver");
            browser.clickThrough("#check");

            assertThat(browser.text("#check-outcome")).isEqualTo("Refused: does not compile.");
            assertThat(browser.text(".compile-error")).startsWith("rules/waiver.drl, line " + line + ": ")
                    .contains("comma");
            assertThat(browser.text(".cm-error-line .CodeMirror-linenumber")).isEqualTo(String.valueOf(line));
            assertThat(browser.text("a[data-path='rules/waiver.drl'] + .tag")).isEqualTo("1 error");
            browser.screenshot("draft-error");

            browser.clickThrough(".compile-error a");
            assertThat(browser.path()).endsWith("file=rules/waiver.drl&line=" + line);
            assertThat(browser.text(".cm-target-line .CodeMirror-linenumber")).isEqualTo(String.valueOf(line));
            browser.width(Browser.PHONE_WIDTH).screenshot("draft-error-phone");
            browser.width(Browser.WIDTH);

            browser.find("#discard").click();
            browser.driver().switchTo().alert().accept();
            browser.find(".flash-ok");
            assertThat(browser.path()).isEqualTo("/rules/fees");
            assertThat(browser.text(".flash-ok")).startsWith("Draft discarded.");
        }
    }

    @Test
    void aViewerSeesTheRulesAndHistoryButNoEditControls() {
        try (Browser browser = signedIn(StaffForTests.VIEWER)) {
            browser.open("/rules/coalitions");

            assertThat(browser.text("h1")).isEqualTo("Rule set coalitions");
            assertThat(browser.text(".user-name")).isEqualTo("victor");
            assertThat(browser.all("#history tbody tr")).isNotEmpty();
            assertThat(browser.all("#new-draft")).isEmpty();
            assertThat(browser.all("#drafts")).isEmpty();
            assertThat(browser.all(".restore")).isEmpty();
            assertThat(browser.all("main form")).isEmpty();
            browser.screenshot("rule-set-viewer");
        }
    }

    @Test
    void anEditorRestoresAnEarlierVersionAfterConfirmingIt() {
        String original = app.get("/api/rulesets/relationships").body().get("version").asString();
        rules.editRule("relationships/benefits.drl", "one of the benefits partners receive",
                "one of the benefits partners get");
        app.await("/api/rulesets/relationships", status -> !status.get("version").asString().equals(original),
                Duration.ofSeconds(60));
        try (Browser browser = signedIn(StaffForTests.EDITOR)) {
            browser.open("/rules/relationships");
            assertThat(browser.all("#history tbody tr")).hasSize(2);
            assertThat(browser.text("#history tbody tr .author")).isEqualTo("file system");

            browser.clickThrough("#history tbody tr:nth-child(2) .restore");
            assertThat(browser.text("h1")).isEqualTo("Restore an earlier version of relationships");
            assertThat(browser.text(".facts dd code")).isEqualTo(original);
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.screenshot("restore");
            browser.find("#message").sendKeys("Back to the handbook's words");
            browser.clickThrough("main button[type=submit]");

            assertThat(browser.path()).isEqualTo("/rules/relationships");
            assertThat(browser.text(".flash-ok")).isEqualTo("Restored: relationships now answers with version "
                    + original + ".");
            assertThat(browser.text("#active-version")).isEqualTo(original);
            assertThat(browser.text("#history tbody tr .author")).isEqualTo("ana");
            assertThat(browser.text("#history tbody tr .message")).isEqualTo("Back to the handbook's words");
        }
        assertThat(app.get("/api/rulesets/relationships").body().get("version").asString()).isEqualTo(original);
    }

    /** Selects the text in the draft's editor, as a mouse would, and types the replacement over it. */
    static void replaceInEditor(Browser browser, String from, String to) {
        browser.find(".CodeMirror");
        Object found = browser.script("""
                const editor = document.querySelector('.CodeMirror').CodeMirror;
                const at = editor.getValue().indexOf(arguments[0]);
                if (at < 0) { return false; }
                editor.focus();
                editor.setSelection(editor.posFromIndex(at), editor.posFromIndex(at + arguments[0].length));
                return true;""", from);
        assertThat(found).as("the editor shows '%s'", from).isEqualTo(true);
        browser.driver().switchTo().activeElement().sendKeys(to);
    }
}
