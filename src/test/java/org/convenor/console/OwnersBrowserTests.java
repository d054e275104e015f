package org.convenor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A team's week in a real browser, on the demo network: members given to two users, each seeing their own alerts
 * first; a contact logged from the page of a member with no alert; an interaction corrected and another deleted,
 * which the timeline and the audit log show; and This week returning, after "Log it", to where the officer was.
 * {@code sam} is STAFF and {@code ana} an EDITOR: both may own members. Each test compares the pages with what the
 * API answers at that moment.
 */
@BrowserTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OwnersBrowserTests {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

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
    void membersGivenToTwoUsersFromTheNetworkPageAreEachOnesWeekFirst() {
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.STAFF)) {
            give(browser, "/network?role=JOURNALIST", "sam (you)", StaffForTests.STAFF);
            browser.screenshot("network-give");
            give(browser, "/network?role=PARTNER", "ana", StaffForTests.EDITOR);
        }
        List<String> sams = alerts(StaffForTests.STAFF);
        List<String> anas = alerts(StaffForTests.EDITOR);
        assertThat(sams).isNotEmpty();
        assertThat(anas).isNotEmpty();

        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.STAFF)) {
            browser.open("/");
            assertThat(cards(browser)).as("sam's own alerts, in the API's order").isEqualTo(sams);
            assertThat(browser.all("#alerts .alert-owner").stream().map(WebElement::getText).collect(Collectors.toSet()))
                    .containsExactly("sam (you)");
            assertThat(words(browser.text("#owner-counts a[aria-current]"))).isEqualTo("Mine " + sams.size());
            assertThat(words(browser.text("#owner-counts li[data-owner=ana]"))).isEqualTo("ana " + anas.size());
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.screenshot("this-week-mine");

            browser.clickThrough("#owner-counts li[data-owner=everyone] a");
            assertThat(cards(browser)).as("everyone's, one click away").isEqualTo(alerts(null));
            browser.clickThrough("#owner-counts li[data-owner=none] a");
            assertThat(cards(browser)).as("no owner, one click away").isEqualTo(alerts("none"));
        }
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.EDITOR)) {
            browser.open("/");
            assertThat(cards(browser)).as("ana's own alerts").isEqualTo(anas);
            assertThat(words(browser.text("#owner-counts a[aria-current]"))).isEqualTo("Mine " + anas.size());
        }
    }

    @Test
    @Order(2)
    void aContactIsLoggedFromThePageOfAMemberWithNoAlert() {
        Set<String> alerted = ConsoleDemo.api(app, "/api/relationships/alerts").get("alerts").valueStream()
                .map(alert -> alert.get("memberId").asString()).collect(Collectors.toSet());
        String id = ConsoleDemo.api(app, "/api/network").get("members").valueStream()
                .map(member -> member.get("id").asString()).filter(member -> !alerted.contains(member)).findFirst()
                .orElseThrow();
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.STAFF)) {
            browser.open("/network/members/" + id);
            assertThat(browser.text("#member-alerts .empty")).isEqualTo("None: this relationship is tended.");
            WebElement date = browser.find("#contact-date");
            LocalDate today = LocalDate.parse(date.getAttribute("max"));
            LocalDate day = today.minusDays(3);
            browser.script("arguments[0].value = arguments[1]", date, day.toString());
            new Select(browser.find("#contact-kind")).selectByVisibleText("Meeting");
            browser.find("#contact-note").sendKeys("Met at the donors' briefing");
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.screenshot("member-log-contact");
            browser.clickThrough("#log-contact-button");

            assertThat(browser.path()).isEqualTo("/network/members/" + id + "#timeline");
            assertThat(browser.text(".flash-ok")).isEqualTo("Logged: Meeting on " + day.format(DAY) + ".");
            WebElement logged = browser.all("#timeline li").stream()
                    .filter(li -> li.findElement(By.cssSelector("time")).getAttribute("datetime").equals(day.toString()))
                    .findFirst().orElseThrow();
            assertThat(within(logged, ".timeline-note")).isEqualTo("Met at the donors' briefing");
            assertThat(within(logged, ".timeline-recorded")).startsWith("recorded by sam on " + today.format(DAY));
        }
        JsonNode stored = ConsoleDemo.api(app, "/api/network").get("interactions").valueStream()
                .filter(i -> i.get("memberId").asString().equals(id) && !i.get("note").isNull()
                        && i.get("note").asString().startsWith("Met at"))
                .findFirst().orElseThrow();
        assertThat(stored.get("recordedBy").asString()).isEqualTo(StaffForTests.STAFF);
    }

    @Test
    @Order(3)
    void anInteractionIsCorrectedAndAnotherDeletedAndTheTimelineAndTheAuditLogShowIt() {
        JsonNode network = ConsoleDemo.api(app, "/api/network");
        String id = network.get("members").valueStream().map(member -> member.get("id").asString())
                .filter(member -> network.get("interactions").valueStream()
                        .filter(i -> i.get("memberId").asString().equals(member)).count() >= 3)
                .findFirst().orElseThrow();
        String corrected;
        String deleted;
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.EDITOR)) {
            browser.open("/network/members/" + id);
            int before = browser.all("#timeline > li").size();
            corrected = browser.find("#timeline > li").getAttribute("data-interaction");
            String first = "#interaction-" + corrected;
            browser.find(first + " details.correct-contact summary").click();
            new Select(browser.find(first + " select[name=kind]")).selectByVisibleText("Call");
            WebElement note = browser.find(first + " input[name=note]");
            note.clear();
            note.sendKeys("By phone, not in person: corrected");
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.screenshot("member-correct-contact");
            browser.clickThrough(first + " .correct-button");

            assertThat(browser.text(".flash-ok")).startsWith("Corrected: Call on ").endsWith("It is now recorded as yours.");
            assertThat(browser.text(first + " .timeline-kind")).isEqualTo("Call");
            assertThat(browser.text(first + " .timeline-note")).isEqualTo("By phone, not in person: corrected");
            assertThat(browser.text(first + " .timeline-recorded")).startsWith("recorded by ana on ");

            deleted = browser.all("#timeline > li").get(1).getAttribute("data-interaction");
            String second = "#interaction-" + deleted;
            browser.find(second + " details.correct-contact summary").click();
            browser.clickThrough(second + " .delete-button");

            assertThat(browser.text(".flash-ok")).startsWith("Deleted: ").endsWith("The audit log keeps who deleted it.");
            assertThat(browser.all("#timeline > li")).hasSize(before - 1);
            assertThat(browser.all(second)).isEmpty();
        }
        RunningApp.Answer audit = app.getAs(StaffForTests.EDITOR, StaffForTests.PASSWORD, "/api/network/audit");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.body().valueStream().limit(2).map(entry -> entry.get("user").asString() + " "
                + entry.get("action").asString() + " " + entry.get("subject").asString() + " "
                + entry.get("interaction").asString()).toList())
                .containsExactly("ana DELETE INTERACTIONS " + deleted, "ana EDIT INTERACTIONS " + corrected);
    }

    @Test
    @Order(4)
    void afterLoggingFromThisWeekThePageIsWhereTheOfficerWasAtTheNextCard() {
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.STAFF)) {
            browser.open("/?owner=everyone&role=PARTNER");
            List<WebElement> cards = browser.all("#alerts .alert-card");
            assertThat(cards).hasSizeGreaterThan(4);
            String card = "[id='" + cards.get(3).getAttribute("id") + "']";
            String next = cards.get(4).getAttribute("id");
            browser.script("arguments[0].scrollIntoView()", cards.get(3));
            browser.find(card + " .log-contact summary").click();
            new Select(browser.find(card + " select[name=kind]")).selectByVisibleText("Meeting");
            browser.clickThrough(card + " .log-contact-button");

            assertThat(browser.path()).as("the same filters and page, at the next card")
                    .matches("/\\?asOf=\\d{4}-\\d\\d-\\d\\d&owner=everyone&role=PARTNER&page=1#" + Pattern.quote(next));
            assertThat(browser.text(".flash-ok")).startsWith("Logged: meeting with ");
            assertThat(browser.script("return document.querySelector(':target').id")).isEqualTo(next);
            assertThat(((Number) browser.script("return window.scrollY")).intValue()).as("scrolled down to it")
                    .isPositive();
            double top = ((Number) browser.script("return document.getElementById(arguments[0])"
                    + ".getBoundingClientRect().top", next)).doubleValue();
            assertThat(top).as("the next card is in view").isBetween(-1.0, 900.0);
        }
    }

    /** Gives every member a filtered Network page finds to a user, with the page's own form. */
    static void give(Browser browser, String filtered, String choice, String user) {
        browser.open(filtered);
        String count = browser.all("#give input[name=count]").get(0).getAttribute("value");
        assertThat(browser.text("label[for=give-to]")).isEqualTo("Give these " + count + " members to");
        new Select(browser.find("#give-to")).selectByVisibleText(choice);
        browser.clickThrough("#give-button");
        assertThat(browser.text(".flash-ok")).isEqualTo("Gave " + count + " members to " + user + ".");
        assertThat(browser.all("#members td[data-label=Owner]").stream().map(WebElement::getText).distinct())
                .containsExactly(user);
    }

    /** The stored alerts of this owner ({@code null}: everyone's), as "memberId KIND", in the API's order. */
    static List<String> alerts(String owner) {
        return ConsoleDemo.api(app, "/api/relationships/alerts" + (owner == null ? "" : "?owner=" + owner))
                .get("alerts").valueStream()
                .map(alert -> alert.get("memberId").asString() + " " + alert.get("kind").asString()).toList();
    }

    static List<String> cards(Browser browser) {
        return browser.all("#alerts .alert-card").stream()
                .map(card -> card.getAttribute("data-member") + " " + card.getAttribute("data-kind")).toList();
    }

    /** Text as read aloud: the label and its count are laid out apart, on a line each. */
    static String words(String text) {
        return text.replaceAll("\\s+", " ");
    }

    static String within(WebElement element, String css) {
        return element.findElement(By.cssSelector(css)).getText();
    }
}
