package org.convenor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import tools.jackson.databind.JsonNode;

import org.convenor.Browser;
import org.convenor.BrowserTest;
import org.convenor.RunningApp;
import org.convenor.StaffForTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Links and introductions in a real browser on the demo network: staff link two members from a member's page,
 * both pages list the link; then they log an introduction the rules suggest, which links the two, puts an
 * introduction on each timeline and is suggested no more.
 */
@BrowserTest
class IntroductionsBrowserTests {

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
    void staffLinkTwoMembersAndMakeAnIntroductionThatThenSettles() {
        JsonNode first = ConsoleDemo.api(app, "/api/introductions").get("introductions").get(0);
        String one = first.get("members").get(0).asString();
        String other = first.get("members").get(1).asString();
        String third = ConsoleDemo.api(app, "/api/network").get("members").valueStream().map(m -> m.get("id").asString())
                .filter(id -> !id.equals(one) && !id.equals(other)).findFirst().orElseThrow();

        try (Browser browser = ConsoleDemo.signedIn(app, StaffForTests.STAFF)) {
            browser.open("/network/members/" + one);
            browser.find("#link-to").sendKeys(third);
            browser.clickThrough("#add-link-button");
            assertThat(browser.text(".flash-ok")).isEqualTo("Linked to " + third + ".");
            assertThat(linkedTo(browser)).contains(third);
            browser.open("/network/members/" + third);
            assertThat(linkedTo(browser)).contains(one);

            browser.open("/");
            assertThat(browser.all("#introduction-list li")).isNotEmpty();

            browser.open("/network/members/" + one);
            assertThat(suggested(browser)).contains(other);
            browser.screenshot("member-links-and-introductions");
            browser.clickThrough("li[data-introduce='" + other + "'] .log-introduction");

            assertThat(browser.text(".flash-ok")).startsWith("Introduction logged");
            assertThat(suggested(browser)).doesNotContain(other);
            assertThat(linkedTo(browser)).contains(third, other);
            assertThat(browser.text("#timeline")).contains("Introduced to " + other);
            browser.open("/network/members/" + other);
            assertThat(linkedTo(browser)).contains(one);
            assertThat(browser.text("#timeline")).contains("Introduced to " + one);
        }
        assertThat(ConsoleDemo.api(app, "/api/introductions").get("introductions").valueStream()
                .map(i -> i.get("members").toString()))
                .doesNotContain("[\"" + one + "\",\"" + other + "\"]", "[\"" + other + "\",\"" + one + "\"]");
    }

    private static List<String> linkedTo(Browser browser) {
        return browser.all("#link-list a").stream().map(a -> a.getAttribute("href").replaceAll(".*/", "")).toList();
    }

    private static List<String> suggested(Browser browser) {
        return browser.all("#introduction-list li").stream().map(li -> li.getAttribute("data-introduce")).toList();
    }
}
