package org.convenor.rulesets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.convenor.Browser;
import org.convenor.BrowserTest;
import org.convenor.RunningApp;
import org.convenor.StaffForTests;
import org.convenor.TempRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The policy tables in a real browser, on a copy of the frozen policy: anyone signed in reads them on the Rules
 * pages; an editor changes them as forms in a draft, without touching DRL. The headline task (standard
 * journalists every 60 days, not 90) is counted in actions, sign-in left out; the history's "What changed" shows
 * the changed lines and nothing else.
 */
@BrowserTest
class PolicyTablesBrowserTests {

    static final String CADENCES = "[data-table=how-often-each-role-should-hear-from-us]";
    static final String SOUTH = "[data-table=countries-counted-as-the-global-south]";
    static final List<String> FAILING = List.of("scenarios/standard-journalists-every-90-days.yaml");

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

    /** What a person does, one step each: a click, or typing into the field that has the focus. */
    static final class Actions {
        private final Browser browser;
        private int count;

        Actions(Browser browser) {
            this.browser = browser;
        }

        void clickThrough(String css) {
            count++;
            browser.clickThrough(css);
        }

        void click(WebElement element) {
            count++;
            element.click();
        }

        /** Selects what the field holds and types over it, as one step. */
        void typeOver(String text) {
            count++;
            browser.focused().sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        }
    }

    @Test
    void anEditorMakesStandardJournalistsDueEverySixtyDaysThroughTheCadenceFormInSixActions() {
        try (Browser browser = signedIn(StaffForTests.EDITOR)) {
            Actions actions = new Actions(browser);
            actions.clickThrough("nav[aria-label=Console] a[href='/rules']");
            actions.clickThrough("#rule-sets tr[data-rule-set=relationships] a");
            assertThat(browser.text(CADENCES + " tbody tr:nth-child(3)")).contains("JOURNALIST", "60", "90");
            actions.clickThrough("#new-draft");
            assertThat(browser.text("h1")).isEqualTo("Draft of relationships");
            WebElement standard = browser.find(CADENCES + " input[aria-label='standard days, row 3']");
            assertThat(browser.find(CADENCES + " select[name=cell-2-0]").getAttribute("value")).isEqualTo("JOURNALIST");
            assertThat(standard.getAttribute("value")).isEqualTo("90");
            actions.click(standard);
            actions.typeOver("60");
            browser.screenshot("policy-table-form");
            actions.clickThrough(CADENCES + " button.check-table");

            assertThat(browser.text("#check-outcome")).startsWith("Refused: ");
            assertThat(browser.all(".failed-scenarios > li").stream()
                    .map(li -> li.findElement(By.cssSelector("a")).getText()).toList())
                    .containsExactlyInAnyOrderElementsOf(FAILING);
            assertThat(browser.find(CADENCES + " input[name=cell-2-2]").getAttribute("value")).isEqualTo("60");
            assertThat((String) browser.script("return document.querySelector('.CodeMirror').CodeMirror.getValue()"))
                    .contains("insert(new Cadence(Role.JOURNALIST,    60,   60));")
                    .doesNotContain("insert(new Cadence(Role.JOURNALIST,    60,   90));");
            assertThat(browser.unlabelledControls()).isEmpty();
            System.out.printf("The headline task through the cadence form: %d actions after signing in, up to the"
                    + " check%n", actions.count);
            assertThat(actions.count).isLessThanOrEqualTo(10);
        }
    }

    @Test
    void minusFiveDaysIsRefusedAtItsCellWithTheCadencesOwnWordsAndNothingIsWritten() throws Exception {
        try (Browser browser = signedIn(StaffForTests.EDITOR)) {
            browser.open("/rules/relationships").clickThrough("#new-draft");
            String before = (String) browser.script("return document.querySelector('.CodeMirror').CodeMirror.getValue()");
            WebElement key = browser.find(CADENCES + " input[name=cell-2-1]");
            key.clear();
            key.sendKeys("-5");
            browser.clickThrough(CADENCES + " button.save-table");

            WebElement refused = browser.find(CADENCES + " input[name=cell-2-1]");
            assertThat(refused.getAttribute("value")).isEqualTo("-5");
            assertThat(refused.getAttribute("aria-invalid")).isEqualTo("true");
            String error = refused.getAttribute("aria-describedby");
            assertThat(browser.text("#" + error)).isEqualTo("key days must be at least 1, not -5");
            assertThat(browser.all(CADENCES + " .field-error")).hasSize(1);
            assertThat(browser.text(".flash-problem")).contains("row 3: key days must be at least 1, not -5");
            assertThat((String) browser.script("return document.querySelector('.CodeMirror').CodeMirror.getValue()"))
                    .isEqualTo(before);
            browser.screenshot("policy-table-refused");
        }
    }

    @Test
    void aCountryAddedToTheGlobalSouthThroughTheListFormIsPublishedAndItsHistoryShowsOnlyThatChange() throws Exception {
        try (Browser browser = signedIn(StaffForTests.EDITOR)) {
            browser.open("/rules/fees").clickThrough("#new-draft");
            browser.clickThrough("a[data-path='rules/global-south.drl']");
            assertThat(browser.all(SOUTH + " tbody tr[data-row]")).hasSize(131);
            WebElement added = browser.find(SOUTH + " input[name=new-0]");
            assertThat(added.getAttribute("list")).isNotBlank();
            added.sendKeys("UY");
            browser.clickThrough(SOUTH + " button.check-table");
            assertThat(browser.text("#check-outcome")).startsWith("Passed: version ");
            assertThat(browser.all(SOUTH + " tbody tr[data-row]")).hasSize(132);

            browser.find("#message").sendKeys("Uruguay counts as the Global South");
            browser.clickThrough("#publish");
            assertThat(browser.path()).isEqualTo("/rules/fees");
            assertThat(browser.text(SOUTH + " .choice-list")).endsWith("ZA, UY");
            browser.clickThrough("#history tbody tr:first-child a.what-changed");

            assertThat(browser.text("h1")).startsWith("What changed in version ");
            assertThat(browser.all(".file-change")).hasSize(1);
            assertThat(browser.find(".file-change").getAttribute("data-file")).isEqualTo("rules/global-south.drl");
            assertThat(texts(browser, ".diff-removed .diff-text")).containsExactly(
                    "        Country.TV, Country.UA, Country.VC, Country.VE, Country.WS, Country.XK, Country.ZA));");
            assertThat(texts(browser, ".diff-added .diff-text")).containsExactly(
                    "        Country.TV, Country.UA, Country.VC, Country.VE, Country.WS, Country.XK, Country.ZA,",
                    "        Country.UY));");
            browser.screenshot("history-what-changed");
        }
        assertThat(Files.readString(rules.rules().resolve("fees/global-south.drl"))).contains("Country.UY));");
    }

    /** The text of each element as the page holds it, spaces and all. */
    @SuppressWarnings("unchecked")
    static List<String> texts(Browser browser, String css) {
        return (List<String>) browser.script("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent)",
                css);
    }

    @Test
    void aViewerReadsEveryTableOfTheActiveVersionOnTheRuleSetsPage() {
        try (Browser browser = signedIn(StaffForTests.VIEWER)) {
            browser.open("/rules/relationships");

            assertThat(browser.all("#policy-tables .policy-table h3").stream().map(WebElement::getText).toList())
                    .containsExactly("How often each role should hear from us",
                            "How recent coalitions and partnership benefits must be",
                            "How campaign moments tighten the cadence",
                            "How long a newcomer may wait for its first contact", "What to do when a relationship goes cold",
                            "Which interactions count as being in touch");
            assertThat(browser.all(CADENCES + " thead th").stream().map(WebElement::getText).toList())
                    .containsExactly("role", "key days", "standard days");
            assertThat(browser.all("#policy-tables input, #policy-tables select")).isEmpty();
            assertThat(browser.all("#new-draft")).isEmpty();
            browser.screenshot("rule-set-tables");
        }
    }
}
