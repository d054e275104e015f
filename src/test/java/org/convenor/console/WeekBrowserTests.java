package org.convenor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

import org.convenor.Browser;
import org.convenor.BrowserTest;
import org.convenor.RunningApp;
import org.convenor.StaffForTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * This week ({@code /}) in a real browser, on the demo network: the most urgent alert first with everything a
 * member of staff needs to act on it, the filters, and "log contact" taking an alert off the page. What the page
 * should show is what the API answers for the same network at the same moment, so the tests pass in any order;
 * they run in this one so that the screenshots show the demo network before anything is logged.
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WeekBrowserTests {

    static RunningApp app;

    @BeforeAll
    static void start() {
        app = ConsoleDemo.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @Order(1)
    void theDemoNetworksMostUrgentAlertComesFirstWithWhyWhatToDoAndTheRule() {
        JsonNode answer = ConsoleDemo.api(app, "/api/relationships/alerts");
        JsonNode top = answer.get("alerts").get(0);
        assertThat(top.get("severity").asString()).isEqualTo("CRITICAL");
        String member = top.get("memberId").asString();
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.VIEWER)) {
            browser.open("/");

            assertThat(browser.text("h1")).isEqualTo("This week");
            assertThat(browser.text("#alert-count")).isEqualTo(answer.get("alerts").size() + " alerts: "
                    + count(answer, "CRITICAL") + " critical, " + count(answer, "WARNING") + " warning, "
                    + count(answer, "INFO") + " info. Decided by relationships version "
                    + answer.at("/ruleSet/version").asString() + ".");
            WebElement first = browser.find("#alerts .alert-card");
            assertThat(first.getAttribute("class")).contains("severity-critical");
            assertThat(first.getAttribute("data-member")).isEqualTo(member);
            assertThat(first.getAttribute("data-kind")).isEqualTo(top.get("kind").asString());
            assertThat(within(first, ".severity")).isEqualTo("Critical");
            assertThat(within(first, ".alert-member a")).isEqualTo(ConsoleDemo.name(app, member));
            assertThat(within(first, ".alert-member .member-id")).isEqualTo(member);
            assertThat(within(first, ".alert-facts")).endsWith(top.get("daysSinceContact").asInt() + " days since contact");
            assertThat(within(first, ".alert-why")).isEqualTo(top.get("message").asString());
            assertThat(within(first, ".alert-action")).isEqualTo(top.get("suggestedAction").asString());
            assertThat(within(first, ".alert-rule")).isEqualTo(top.get("rule").asString());
            assertThat(browser.all(".log-contact")).as("a VIEWER logs no contact").isEmpty();
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.screenshot("this-week");

            first.findElement(By.cssSelector(".alert-member a")).click();
            assertThat(browser.find("h1").getText()).isEqualTo(ConsoleDemo.name(app, member));
            assertThat(browser.path()).isEqualTo("/network/members/" + member);

            browser.width(Browser.PHONE_WIDTH).open("/");
            assertThat(browser.find("#alerts .alert-card").getAttribute("data-member")).isEqualTo(member);
            browser.screenshot("this-week-phone");
        }
    }

    @Test
    @Order(2)
    void theFiltersNarrowTheAlertsToStandardJournalistsAndSaySo() {
        JsonNode answer = ConsoleDemo.api(app, "/api/relationships/alerts");
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.VIEWER)) {
            browser.open("/");
            new Select(browser.find("#role")).selectByVisibleText("Journalist");
            new Select(browser.find("#tier")).selectByVisibleText("Standard");
            browser.clickThrough("#show");

            assertThat(browser.path()).contains("role=JOURNALIST").contains("tier=STANDARD");
            List<WebElement> cards = browser.all("#alerts .alert-card");
            assertThat(cards).isNotEmpty().hasSizeLessThan(answer.get("alerts").size());
            for (WebElement card : cards) {
                assertThat(within(card, ".alert-facts")).contains("Journalist").contains(", standard ·");
            }
            assertThat(browser.text("#alert-count")).startsWith(cards.size() + " alerts of "
                    + answer.get("alerts").size() + " match the filters:");
            browser.clickThrough("form.filters .field-actions a");
            assertThat(browser.path()).isEqualTo("/");
        }
    }

    @Test
    @Order(3)
    void loggingAContactWithTheKeyboardTakesTheAlertOffThePageAndRecordsIt() {
        JsonNode top = ConsoleDemo.api(app, "/api/relationships/alerts").get("alerts").get(0);
        String member = top.get("memberId").asString();
        String kind = top.get("kind").asString();
        String card = "#alerts .alert-card[data-member='" + member + "'][data-kind=" + kind + "]";
        LocalDate today;
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.STAFF)) {
            browser.open("/");
            // The page's own day, not the clock's: a run that crosses midnight still logs on the day it shows.
            today = LocalDate.parse(browser.find("#asOf").getAttribute("value"));
            assertThat(browser.unlabelledControls()).isEmpty();
            String before = browser.text("#alert-count");

            WebElement open = browser.find(card + " .log-contact summary");
            open.sendKeys(Keys.ENTER);
            assertThat(browser.find(card + " .log-contact").getAttribute("open")).isNotNull();
            browser.focused().sendKeys(Keys.TAB);
            assertThat(browser.focused().getTagName()).isEqualTo("select");
            browser.focused().sendKeys("Meeting");
            browser.focused().sendKeys(Keys.TAB);
            assertThat(browser.focused().getAttribute("name")).isEqualTo("note");
            browser.focused().sendKeys("Coffee after the briefing; will send the report");
            browser.typeThrough(Keys.ENTER);

            assertThat(browser.path()).as("the same page, on the same day").startsWith("/?asOf=" + today);
            assertThat(browser.text(".flash-ok")).isEqualTo("Logged: meeting with " + ConsoleDemo.name(app, member)
                    + " on " + today.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)) + ".");
            assertThat(browser.all(card)).as("the alert that was logged").isEmpty();
            assertThat(browser.text("#alert-count")).isNotEqualTo(before);
        }
        assertThat(ConsoleDemo.api(app, "/api/relationships/alerts").get("alerts").valueStream()
                .filter(a -> a.get("memberId").asString().equals(member) && a.get("kind").asString().equals(kind)))
                .isEmpty();
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.VIEWER)) {
            browser.open("/network/members/" + member);
            assertThat(browser.text("#timeline li time")).isEqualTo(today.format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US)));
            assertThat(browser.text("#timeline li .timeline-kind")).isEqualTo("Meeting");
            assertThat(browser.text("#timeline li .timeline-note")).isEqualTo("Coffee after the briefing; will send the report");
        }
    }

    static long count(JsonNode answer, String severity) {
        return answer.get("alerts").valueStream().filter(a -> a.get("severity").asString().equals(severity)).count();
    }

    static String within(WebElement element, String css) {
        return element.findElement(By.cssSelector(css)).getText();
    }
}
