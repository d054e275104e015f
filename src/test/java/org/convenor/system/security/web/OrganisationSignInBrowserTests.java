package org.convenor.system.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.convenor.Browser;
import org.convenor.BrowserTest;
import org.convenor.RunningApp;
import org.convenor.StaffForTests;
import org.convenor.system.security.StaffRole;
import org.convenor.system.security.users.NewUser;
import org.convenor.system.security.users.UserChange;
import org.convenor.system.security.users.Users;
import org.example.identity.TestIdentityProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Signing in through the organisation's identity provider, a real one in this JVM ({@link TestIdentityProvider}):
 * a user whose email the provider vouches for is let in with their Convenor roles; an outsider (no user has their
 * email) and a disabled user are refused, and told why.
 */
@BrowserTest
class OrganisationSignInBrowserTests {

    static final String REGISTRATION = "organisation";
    static ConfigurableApplicationContext provider;
    static RunningApp app;

    @BeforeAll
    static void start() {
        provider = TestIdentityProvider.start();
        String issuer = TestIdentityProvider.issuer(provider);
        String prefix = "--spring.security.oauth2.client.registration." + REGISTRATION + ".";
        app = RunningApp.start(Stream.concat(Stream.of(StaffForTests.ARGS), Stream.of(
                prefix + "client-id=" + TestIdentityProvider.CLIENT_ID,
                prefix + "client-secret=" + TestIdentityProvider.CLIENT_SECRET,
                prefix + "client-name=Example Org", prefix + "scope=openid,email,profile",
                "--spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri=" + issuer))
                .toArray(String[]::new));
        TestIdentityProvider.allow(provider, "http://127.0.0.1:" + app.port(), REGISTRATION);
        Users users = app.bean(Users.class);
        users.add(new NewUser("amal", "Amal@Example.org", List.of(StaffRole.STAFF), null), StaffForTests.ADMIN);
        users.add(new NewUser("dina", "dina@example.org", List.of(StaffRole.EDITOR), null), StaffForTests.ADMIN);
        users.change("dina", new UserChange("dina@example.org", List.of(StaffRole.EDITOR), true), StaffForTests.ADMIN);
    }

    @AfterAll
    static void stop() {
        app.close();
        provider.close();
    }

    /** From Convenor's sign-in page, through the provider's, as this person; back on Convenor's side. */
    static void signInThroughTheProvider(Browser browser, String email) {
        browser.open("/rules");
        assertThat(browser.text("#provider-" + REGISTRATION)).isEqualTo("Sign in with Example Org");
        browser.clickThrough("#provider-" + REGISTRATION);
        browser.find("input[name=username]").sendKeys(email);
        browser.driver().findElement(By.cssSelector("input[name=password]")).sendKeys(TestIdentityProvider.PASSWORD);
        browser.clickThrough("button[type=submit]");
        browser.find("h1");
    }

    @Test
    void aUserWhoseEmailTheProviderVouchesForIsLetInWithTheirConvenorRoles() {
        try (Browser browser = Browser.on(app)) {
            browser.open("/login");
            assertThat(browser.unlabelledControls()).isEmpty();
            browser.screenshot("sign-in-organisation");

            signInThroughTheProvider(browser, "amal@example.org");

            assertThat(browser.path()).startsWith("/rules");
            assertThat(browser.text(".signed-in")).contains("Signed in as amal (STAFF)");
            browser.open("/network/members/new");
            assertThat(browser.text("h1")).isEqualTo("Add a member");
        }
    }

    @Test
    void anOutsiderIsRefusedAndToldWhy() {
        try (Browser browser = Browser.on(app)) {
            signInThroughTheProvider(browser, "outsider@example.org");

            assertThat(browser.path()).isEqualTo("/login?notAUser");
            assertThat(browser.text("#login-not-a-user")).contains("no Convenor user has that email");
            assertThat(browser.all(".signed-in")).isEmpty();
            browser.open("/rules");
            assertThat(browser.path()).isEqualTo("/login");
        }
    }

    @Test
    void aDisabledUserIsRefusedThoughTheProviderVouchesForThem() {
        try (Browser browser = Browser.on(app)) {
            signInThroughTheProvider(browser, "dina@example.org");

            assertThat(browser.path()).isEqualTo("/login?notAUser");
            assertThat(browser.all(".signed-in")).isEmpty();
        }
    }
}
