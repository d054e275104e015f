package org.convenor.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.convenor.Browser;
import org.convenor.BrowserTest;
import org.convenor.RunningApp;
import org.convenor.StaffForTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** Signing in and out, and the pages every signed-in user reaches, in a real browser against the running service. */
@BrowserTest
class ConsoleBrowserTests {

    static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start(StaffForTests.ARGS);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void signingInLeadsToThePageAskedForWithTheNavigationAndTheUsersNameAndSigningOutEndsIt() {
        try (Browser browser = Browser.on(app)) {
            browser.open("/rules");
            assertThat(browser.path()).isEqualTo("/login");
            assertThat(browser.text("h1")).isEqualTo("Sign in");
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.screenshot("sign-in");

            browser.signIn(StaffForTests.EDITOR, StaffForTests.PASSWORD);

            assertThat(browser.path()).startsWith("/rules");
            assertThat(browser.text("h1")).isEqualTo("Rules");
            assertThat(browser.text(".signed-in")).contains("Signed in as ana (EDITOR)");
            assertThat(browser.all("nav[aria-label=Console] a").stream().map(link -> link.getText()).toList())
                    .containsExactly("This week", "Campaigns", "Fees", "Network", "Rules", "Digests");
            assertThat(browser.find("nav a[aria-current=page]").getText()).isEqualTo("Rules");

            browser.clickThrough(".signed-in button");
            assertThat(browser.path()).isEqualTo("/login?signedOut");
            assertThat(browser.text("[role=status]")).isEqualTo("You have signed out.");
            browser.open("/rules");
            assertThat(browser.path()).isEqualTo("/login");
        }
    }

    @Test
    void aWrongPasswordIsRefusedAndSaysSo() {
        try (Browser browser = Browser.on(app)) {
            browser.signIn(StaffForTests.EDITOR, "not-the-password");

            assertThat(browser.path()).isEqualTo("/login?error");
            assertThat(browser.text("#login-error")).startsWith("Wrong username or password.");
            assertThat(browser.all(".signed-in")).isEmpty();
            browser.screenshot("sign-in-refused");
        }
    }

    @Test
    void everyPageNamesItselfInItsHeadingAndTheNavigationMarksIt() {
        try (Browser browser = Browser.on(app)) {
            browser.signIn(StaffForTests.VIEWER, StaffForTests.PASSWORD).find("h1");
            // Their screenshots are taken on the demo network (WeekBrowserTests and the others), not on this empty one.
            String[][] pages = {{"/", "This week"}, {"/campaigns", "Campaigns"}, {"/fees", "Fee book"},
                    {"/network", "Network"}, {"/rules", "Rules"}};
            for (String[] page : pages) {
                browser.open(page[0]);
                assertThat(browser.text("h1")).isEqualTo(page[1]);
                assertThat(browser.driver().getTitle()).isEqualTo(page[1] + " · Convenor");
                assertThat(browser.find("nav a[aria-current=page]").getAttribute("href")).endsWith(page[0]);
            }
        }
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstAndItLeadsToTheContent() {
        try (Browser browser = Browser.on(app)) {
            browser.signIn(StaffForTests.VIEWER, StaffForTests.PASSWORD).find("h1");
            browser.open("/rules");

            browser.find("body").sendKeys(Keys.TAB);
            assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Skip to content");
            browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
        }
    }

    @Test
    void anOperatorOpensNoPageAndIsToldWhy() {
        try (Browser browser = Browser.on(app)) {
            browser.signIn(StaffForTests.OPERATOR, StaffForTests.PASSWORD);

            assertThat(browser.text("h1")).isEqualTo("Forbidden");
            assertThat(browser.text("main")).contains("OPERATOR alone opens no page");
            browser.screenshot("forbidden");
        }
    }
}
