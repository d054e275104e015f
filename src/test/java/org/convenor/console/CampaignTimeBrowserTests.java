package org.convenor.console;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

import org.convenor.Browser;
import org.convenor.BrowserTest;
import org.convenor.RunningApp;
import org.convenor.StaffForTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * A campaign's time and its coalitions in a real browser, on the demo network: the Syria campaign's coming vote
 * in a partner's alerts, closing a campaign with its outcome and lessons, and a coalition formed, invited and answered
 * (an opt-in and a decline with its reason) from the campaign's page.
 */
@BrowserTest
class CampaignTimeBrowserTests {

    /** The demo partner that reaches the Council's penholders, due this week only because of the coming vote. */
    static final String PENHOLDERS_PARTNER = "bab-huda-humanitarian-alliance";

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
    void aCampaignsComingMomentShortensTheCadenceOfThoseWhoReachItsTargets() {
        JsonNode alert = ConsoleDemo.api(app, "/api/relationships/alerts").get("alerts").valueStream()
                .filter(a -> a.get("memberId").asString().equals(PENHOLDERS_PARTNER)).findFirst().orElseThrow();
        assertThat(alert.get("message").asString()).contains("every 30 days (usually 60) until Security Council vote "
                + "on renewing the cross-border mandate");
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.VIEWER)) {
            browser.open("/network/members/" + PENHOLDERS_PARTNER);
            assertThat(browser.text("#member-alerts")).contains(alert.get("message").asString());
            browser.open("/campaigns/syria-aid-across-the-border");
            assertThat(browser.text("#moments li")).contains("Security Council vote on renewing the cross-border mandate");
        }
    }

    @Test
    void staffCloseACampaignWithItsOutcomeAndLessons() {
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.STAFF)) {
            browser.open("/campaigns/sudan-ceasefire").clickThrough("#close-campaign-link");
            assertThat(browser.text("h1")).isEqualTo("Close campaign");
            browser.find("#outcome").sendKeys("A local ceasefire held in two localities for three months.");
            browser.clickThrough("#close-campaign");
            assertThat(browser.path()).as("refused: no lessons").isEqualTo("/campaigns/sudan-ceasefire/close");
            assertThat(browser.text("#error-summary")).contains("Lessons: say what we learned");
            assertThat(browser.find("#outcome").getAttribute("value"))
                    .isEqualTo("A local ceasefire held in two localities for three months.");
            browser.find("#lessons").sendKeys("Faith leaders opened doors the envoys could not; ask them first.");
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.screenshot("campaign-close");
            browser.clickThrough("#close-campaign");

            assertThat(browser.path()).isEqualTo("/campaigns/sudan-ceasefire");
            assertThat(browser.text(".flash-ok")).startsWith("Campaign closed: A ceasefire that holds in Darfur.");
            assertThat(browser.text("#campaign-status")).isEqualTo("Closed");
            assertThat(browser.text("#campaign-lessons-text"))
                    .isEqualTo("Faith leaders opened doors the envoys could not; ask them first.");
        }
        JsonNode sudan = ConsoleDemo.api(app, "/api/network").get("campaigns").valueStream()
                .filter(c -> c.get("id").asString().equals("sudan-ceasefire")).findFirst().orElseThrow();
        assertThat(sudan.get("status").asString()).isEqualTo("CLOSED");
        assertThat(sudan.get("outcome").asString()).isEqualTo("A local ceasefire held in two localities for three months.");
    }

    @Test
    void staffFormACoalitionAndEnterAnOptInAndADeclineWithItsReason() {
        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.STAFF)) {
            browser.open("/campaigns/syria-aid-across-the-border");
            browser.find("#new-coalition-id").sendKeys("syria-medics-letter");
            browser.find("#new-coalition input[name=sectors][value=MEDICAL]").click();
            browser.clickThrough("#form-coalition");
            assertThat(browser.text(".flash-ok")).isEqualTo("Coalition formed: syria-medics-letter.");

            String card = "[data-coalition=syria-medics-letter] ";
            for (String member : new String[] {"orrinford-international-relief", "aldmere-elders-circle"}) {
                browser.find("#invite-syria-medics-letter").sendKeys(member);
                browser.clickThrough("#invite-button-syria-medics-letter");
            }
            assertThat(browser.all(card + ".invitees li")).hasSize(2);

            new Select(browser.find("#respond-member-syria-medics-letter")).selectByValue("orrinford-international-relief");
            new Select(browser.find("#respond-response-syria-medics-letter")).selectByValue("OPTED_IN");
            browser.clickThrough("#respond-button-syria-medics-letter");
            assertThat(browser.text(".flash-ok")).isEqualTo("Opt-in recorded: orrinford-international-relief.");

            new Select(browser.find("#respond-member-syria-medics-letter")).selectByValue("aldmere-elders-circle");
            new Select(browser.find("#respond-response-syria-medics-letter")).selectByValue("DECLINED");
            new Select(browser.find("#respond-reason-syria-medics-letter")).selectByValue("DISAGREES_WITH_APPROACH");
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.screenshot("campaign-coalitions");
            browser.clickThrough("#respond-button-syria-medics-letter");

            assertThat(browser.text(".flash-ok")).isEqualTo("Decline recorded: aldmere-elders-circle.");
            assertThat(browser.text(card + "li[data-member=orrinford-international-relief] .answer")).startsWith("Opted in on ");
            assertThat(browser.text(card + "li[data-member=aldmere-elders-circle] .answer"))
                    .startsWith("Declined (Disagrees with approach) on ");
            assertThat(browser.text("#declines-heading + p + ul")).contains("Aldmere Elders' Circle");
        }
    }
}
