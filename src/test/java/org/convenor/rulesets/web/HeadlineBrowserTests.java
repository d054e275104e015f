package org.convenor.rulesets.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.convenor.Browser;
import org.convenor.BrowserTest;
import org.convenor.RunningApp;
import org.convenor.StaffForTests;
import org.convenor.TempRules;
import org.convenor.console.ConsoleDemo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The headline task in a real browser, as an EDITOR who has never seen DRL, on the demo network and a copy of
 * the frozen policy: standard journalists should hear from us every 60 days, not 90. Sign in and see this week's
 * alerts, open the relationships rule set, open a draft, change the number in the editor, check it (the one
 * scenario that states "every 90 days" now fails, in words, with the members' names; the edge scenarios count
 * from the table and still pass), preview what it does to our network, try to publish (refused, the message kept),
 * accept the failed scenario's new values after rewording its title, check again, publish, see the accepted
 * scenario in the history and the new alerts on this week's page. The click path is written for
 * staff in {@code docs/headline-task.md}; the wall time of the browser steps is printed (never asserted).
 */
@BrowserTest
class HeadlineBrowserTests {

    static final String CADENCES = "rules/policy.drl";
    static final String EVERY_90_DAYS = "scenarios/standard-journalists-every-90-days.yaml";
    static final List<String> FAILING = List.of(EVERY_90_DAYS);
    static final String NEW_TITLE = "Standard journalists: every 60 days";
    static final String MESSAGE = "Standard journalists every 60 days, not 90";

    @TempDir
    static Path root;
    static TempRules rules;
    static RunningApp app;

    @BeforeAll
    static void start() {
        rules = TempRules.copy(root);
        app = ConsoleDemo.start(rules.args());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void anEditorMakesStandardJournalistsDueEverySixtyDaysAndSeesTheNewAlertsThisWeek() throws Exception {
        String before = ConsoleDemo.api(app, "/api/rulesets/relationships").get("version").asString();
        Clock clock = new Clock();
        try (Browser browser = Browser.on(app)) {
            clock.start();
            // 1. Sign in: this week's alerts.
            browser.signIn(StaffForTests.EDITOR, StaffForTests.PASSWORD);
            assertThat(browser.text("h1")).isEqualTo("This week");
            // The demo gives its restricted member to the first user who may own members, this editor, so This
            // week opens on their own alerts: everyone's are a click away.
            browser.open("/?owner=everyone");
            Map<String, String> alertsBefore = alerts(browser);
            assertThat(alertsBefore).isNotEmpty();
            String countBefore = browser.text("#alert-count");

            // 2. Rules, then the relationships rule set.
            browser.clickThrough("nav[aria-label=Console] a[href='/rules']");
            assertThat(browser.text("h1")).isEqualTo("Rules");
            browser.clickThrough("#rule-sets tr[data-rule-set=relationships] a");
            assertThat(browser.text("h1")).isEqualTo("Rule set relationships");
            assertThat(browser.text("#active-version")).isEqualTo(before);

            // 3. A draft, and in it the file where the cadences are.
            browser.clickThrough("#new-draft");
            assertThat(browser.text("h1")).isEqualTo("Draft of relationships");
            browser.clickThrough("a[data-path='" + CADENCES + "']");
            assertThat(browser.text(".editor-label code")).isEqualTo(CADENCES);

            // 4. On the journalists' line, the STANDARD column: 90 becomes 60.
            changeNumberOnLine(browser, "Role.JOURNALIST", "90", "60");

            // 5. Save and check: only the scenario that states the old number fails, said in words.
            browser.clickThrough("#check");
            assertThat(browser.text("#check-outcome")).startsWith("Refused: ");
            List<WebElement> failed = browser.all(".failed-scenarios > li");
            assertThat(failed.stream().map(li -> li.findElement(By.cssSelector("a")).getText()).toList())
                    .containsExactlyInAnyOrderElementsOf(FAILING);
            assertThat(browser.text(".failed-scenarios .scenario-title")).isEqualTo("Standard journalists: every 90 days");
            List<String> said = browser.all(".failed-scenarios .failure").stream()
                    .map(li -> li.findElement(By.cssSelector(".who")).getText() + " "
                            + li.findElement(By.cssSelector(".said")).getText()).toList();
            assertThat(said).containsExactly(
                    "Yusuf Adeyemi: Message — expected: \u201cLast in touch 91 days ago (2026-08-26); as a standard "
                            + "journalist: every 90 days.\u201d; the draft says: \u201cLast in touch 91 days ago "
                            + "(2026-08-26); as a standard journalist: every 60 days.\u201d",
                    "Sara Lindqvist: expected: no such alert; the draft says: a warning (neglected)");
            assertThat(browser.all(".failed-scenarios details.raw[open]")).as("raw paths one click away").isEmpty();
            assertThat(browser.all("button.accept")).hasSize(FAILING.size());
            clock.pause();
            browser.screenshot("draft-failed-in-words");
            clock.resume();

            // 6. Preview the impact on our network, as of today.
            browser.clickThrough("#run-preview");
            assertThat(browser.text("#preview-summary")).contains("decisions added").contains("decisions changed");
            List<String> added = browser.all("[data-change=ADDED] .preview-line").stream()
                    .map(line -> line.getAttribute("data-subject")).toList();
            List<String> critical = browser.all("[data-change=CHANGED] .preview-line").stream()
                    .filter(line -> line.findElement(By.cssSelector(".preview-headline")).getText()
                            .startsWith("WARNING → CRITICAL"))
                    .map(line -> line.getAttribute("data-subject")).toList();
            assertThat(added).isNotEmpty();
            assertThat(critical).isNotEmpty();
            assertThat(browser.all("[data-change=REMOVED]")).isEmpty();
            for (String member : added) {
                assertThat(alertsBefore).as("%s had no alert before", member).doesNotContainKey(member + "/NEGLECTED");
                assertThat(browser.text("[data-change=ADDED] .preview-line[data-subject='" + member + "']"))
                        .contains("— NEGLECTED: WARNING");
            }
            clock.pause();
            browser.screenshot("draft-preview");
            clock.resume();

            // 7. Publishing now is refused by the gate, and the message typed stays in its field.
            browser.find("#message").sendKeys(MESSAGE);
            browser.clickThrough("#publish");
            assertThat(browser.text(".flash-problem p")).startsWith("The gate refused the change: ");
            assertThat(browser.find("#message").getAttribute("value")).isEqualTo(MESSAGE);

            // 8. Accept the failed scenario's new values: the screen asks whether its title still says what it tests.
            browser.clickThrough("button.accept[data-scenario='" + EVERY_90_DAYS + "']");
            assertThat(browser.text("h1")).isEqualTo("Accept the new values of a scenario");
            assertThat(browser.find("#title").getAttribute("value")).isEqualTo("Standard journalists: every 90 days");
            assertThat(browser.text("label[for=title]")).isEqualTo("Title");
            assertThat(browser.text("#title-hint")).startsWith("Does it still hold with the new values?");
            assertThat(browser.find("#description").getAttribute("value")).contains("every 90 days");
            assertThat(browser.all(".accepted-changes li").stream().map(WebElement::getText).toList())
                    .anyMatch(change -> change.endsWith("every 60 days."));
            browser.find("#title").clear();
            browser.find("#title").sendKeys(NEW_TITLE);
            clock.pause();
            browser.screenshot("accept-scenario");
            clock.resume();
            browser.clickThrough("#confirm-accept");
            assertThat(browser.text(".flash-ok")).startsWith("Accepted the new values of " + EVERY_90_DAYS + ": ")
                    .contains("its title is now \u201c" + NEW_TITLE + "\u201d").doesNotContain("left for you to settle");
            assertThat(browser.text(".accepted[data-scenario='" + EVERY_90_DAYS + "'] .accepted-changes")).isNotBlank();
            assertThat(browser.all(".unresolved")).isEmpty();
            assertThat(browser.text(".accepted-scenarios li[data-scenario='" + EVERY_90_DAYS + "']")).contains(NEW_TITLE);
            clock.pause();
            browser.screenshot("draft-accepted");
            clock.resume();

            // 9. Check again: it passes.
            browser.clickThrough("#check");
            assertThat(browser.text("#check-outcome")).startsWith("Passed: version ");
            String candidate = browser.text("#check-outcome").replaceFirst("^Passed: version (\\S+) .*$", "$1");

            // 10. Publish, saying why (the message is still there from the refused try).
            assertThat(browser.find("#message").getAttribute("value")).isEqualTo(MESSAGE);
            browser.clickThrough("#publish");
            assertThat(browser.path()).isEqualTo("/rules/relationships");
            assertThat(browser.text(".flash-ok")).isEqualTo("Published: relationships now answers with version "
                    + candidate + ".");
            assertThat(browser.text("#history tbody tr .author")).isEqualTo(StaffForTests.EDITOR);
            assertThat(browser.text("#history tbody tr .message > span")).isEqualTo(MESSAGE);
            assertThat(browser.text("#history tbody tr .message .accepted-scenarios")).isEqualTo("Accepted: " + NEW_TITLE);
            assertThat(ConsoleDemo.api(app, "/api/rulesets/relationships/history").get(0).at("/acceptedScenarios/0/name")
                    .asString()).isEqualTo(NEW_TITLE);

            // 11. This week: the new alerts are there.
            browser.clickThrough("nav[aria-label=Console] a[href='/']");
            browser.open("/?owner=everyone");
            Map<String, String> alertsAfter = alerts(browser);
            clock.stop();

            assertThat(browser.text("#alert-count")).endsWith("Decided by relationships version " + candidate + ".");
            for (String member : added) {
                String card = "#alerts .alert-card[data-member='" + member + "'][data-kind=NEGLECTED]";
                assertThat(browser.find(card).getAttribute("class")).contains("severity-warning");
                assertThat(browser.text(card + " .alert-why")).contains("as a standard journalist: every 60 days");
            }
            for (String member : critical) {
                assertThat(alertsBefore.get(member + "/NEGLECTED")).isEqualTo("WARNING");
                assertThat(alertsAfter.get(member + "/NEGLECTED")).isEqualTo("CRITICAL");
            }
            Set<String> appeared = alertsAfter.keySet().stream().filter(key -> !alertsBefore.containsKey(key))
                    .collect(Collectors.toSet());
            assertThat(appeared).containsExactlyInAnyOrderElementsOf(added.stream().map(m -> m + "/NEGLECTED").toList());
            assertThat(alertsBefore.keySet()).allMatch(alertsAfter::containsKey);
            System.out.printf("Headline task in the browser: %.1f s (%d new alerts, %d warnings become critical)%n"
                    + "  before: %s%n  after:  %s%n", clock.seconds(), added.size(), critical.size(), countBefore,
                    browser.text("#alert-count"));
        }
        assertThat(Files.readString(rules.rules().resolve("relationships/policy.drl")))
                .contains("insert(new Cadence(Role.JOURNALIST,    60,   60));");
        assertThat(ConsoleDemo.api(app, "/api/rulesets/relationships").get("version").asString()).isNotEqualTo(before);
    }

    /** Each alert on this week's page as member/kind, with its severity. */
    static Map<String, String> alerts(Browser browser) {
        browser.find("#alert-count");
        Map<String, String> alerts = new LinkedHashMap<>();
        for (WebElement card : browser.all("#alerts .alert-card")) {
            alerts.put(card.getAttribute("data-member") + "/" + card.getAttribute("data-kind"),
                    card.findElement(By.cssSelector(".severity")).getText().toUpperCase(Locale.ROOT));
        }
        assertThat(browser.all("#next-page")).as("every alert on one page").isEmpty();
        return alerts;
    }

    /**
     * As a person does it: double-clicks the last {@code number} on the editor's line that holds {@code line}, which
     * selects it, and types the new number over it.
     */
    static void changeNumberOnLine(Browser browser, String line, String number, String to) {
        WebElement editorLine = browser.find(".CodeMirror").findElements(By.cssSelector(".CodeMirror-line")).stream()
                .filter(l -> l.getText().contains(line)).findFirst()
                .orElseThrow(() -> new AssertionError("the editor shows no line with " + line));
        List<WebElement> numbers = editorLine.findElements(By.cssSelector(".cm-number")).stream()
                .filter(n -> n.getText().equals(number)).toList();
        assertThat(numbers).as("a %s on the line with %s", number, line).isNotEmpty();
        WebElement target = numbers.get(numbers.size() - 1);
        browser.script("arguments[0].scrollIntoView({block: 'center'})", target);
        new Actions(browser.driver()).doubleClick(target).perform();
        assertThat(browser.script("return document.querySelector('.CodeMirror').CodeMirror.getSelection()"))
                .isEqualTo(number);
        browser.focused().sendKeys(to);
        assertThat((String) browser.script("return document.querySelector('.CodeMirror').CodeMirror.getValue()"))
                .containsPattern("Cadence\\(" + line.replace(".", "\\.") + ",\\s+\\d+,\\s+" + to + "\\)");
    }

    /** Wall time of the browser steps, leaving out the screenshots taken for the documentation. */
    static final class Clock {
        private long started;
        private long paused;
        private long elapsed;

        void start() {
            started = System.nanoTime();
        }

        void pause() {
            paused = System.nanoTime();
        }

        void resume() {
            started += System.nanoTime() - paused;
        }

        void stop() {
            elapsed = System.nanoTime() - started;
        }

        double seconds() {
            return Duration.ofNanos(elapsed).toMillis() / 1000.0;
        }
    }
}
