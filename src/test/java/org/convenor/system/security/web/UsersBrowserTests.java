package org.convenor.system.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.convenor.Browser;
import org.convenor.BrowserTest;
import org.convenor.RunningApp;
import org.convenor.StaffForTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Users kept by the service, in a real browser: the configured ADMIN adds a colleague on the Users page; a local
 * EDITOR is asked for a second factor at their first sign-in and let in with it (and later with a recovery code);
 * and an ADMIN disabling a user ends that user's session at their next request.
 */
@BrowserTest
class UsersBrowserTests {

    static final String PASSWORD = "a lantern by the harbour";
    static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start(StaffForTests.ARGS);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** Adds a user on the Users page as the configured ADMIN, who is signed in in this browser. */
    static void add(Browser admin, String username, String role) {
        admin.open("/users");
        admin.find("#username").sendKeys(username);
        admin.find("#email").sendKeys(username + "@example.org");
        admin.find("input[name=roles][value=" + role + "]").click();
        admin.find("#password").sendKeys(PASSWORD);
        admin.clickThrough("#add");
        assertThat(admin.path()).isEqualTo("/users/" + username);
    }

    @Test
    void aLocalEditorIsAskedForASecondFactorAndLetInWithIt() {
        try (Browser admin = Browser.on(app); Browser editor = Browser.on(app)) {
            admin.signIn(StaffForTests.ADMIN, StaffForTests.PASSWORD).find("h1");
            add(admin, "eli", "EDITOR");

            editor.signIn("eli", PASSWORD);
            assertThat(editor.path()).isEqualTo("/login/second-factor");
            assertThat(editor.text("h1")).isEqualTo("Set up your authenticator app");
            assertThat(editor.unlabelledControls()).isEmpty();
            editor.screenshot("second-factor-enrol");
            String secret = editor.text("#secret-key");
            editor.find("#code").sendKeys(Codes.now(secret, 0));
            editor.clickThrough("main form[action$=enrol] button");

            assertThat(editor.text("h1")).isEqualTo("Your recovery codes");
            List<String> codes = editor.all("#recovery-codes code").stream().map(WebElement::getText).toList();
            assertThat(codes).hasSize(10);
            editor.clickThrough("#continue");
            assertThat(editor.text("h1")).isEqualTo("This week");
            assertThat(editor.text(".signed-in")).contains("Signed in as eli (EDITOR)");

            editor.clickThrough(".signed-in button");
            editor.signIn("eli", PASSWORD);
            assertThat(editor.text("h1")).isEqualTo("Your code");
            editor.screenshot("second-factor");
            editor.find("#code").sendKeys(codes.get(0));
            editor.clickThrough("main form button.button-primary");
            assertThat(editor.text("h1")).isEqualTo("This week");
            editor.open("/account");
            assertThat(editor.text("#second-factor")).contains("9 recovery codes are left");
        }
    }

    @Test
    void anAdminAddsAndDisablesAUserWhoseSessionThenEnds() {
        try (Browser admin = Browser.on(app); Browser colleague = Browser.on(app)) {
            admin.signIn(StaffForTests.ADMIN, StaffForTests.PASSWORD).find("h1");
            add(admin, "sami", "STAFF");
            colleague.signIn("sami", PASSWORD);
            assertThat(colleague.text("h1")).isEqualTo("This week");

            admin.find("#disabled").click();
            admin.clickThrough("#save");
            assertThat(admin.text("[role=status]")).contains("sami is disabled");
            admin.open("/users");
            assertThat(admin.text("#users tr[data-user=sami] .status")).isEqualTo("disabled");
            admin.screenshot("users");

            colleague.open("/network");
            assertThat(colleague.path()).isEqualTo("/login");
            colleague.signIn("sami", PASSWORD);
            assertThat(colleague.path()).isEqualTo("/login?error");
        }
    }
}
