package org.convenor.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import org.convenor.Browser;
import org.convenor.RunningApp;
import org.convenor.StaffForTests;

/**
 * The console's browser tests on the demo network ({@code --convenor.demo=true}, loaded into the test's own
 * in-memory store, its last day yesterday), with the staff users, and what the API answers for comparison.
 */
public final class ConsoleDemo {

    private ConsoleDemo() {
    }

    /** The running service in demo mode, with the staff of every role and these further arguments. */
    public static RunningApp start(String... more) {
        return RunningApp.start(Stream.of(StaffForTests.ARGS, new String[] {"--convenor.demo=true"}, more)
                .flatMap(Stream::of).toArray(String[]::new));
    }

    /** A browser signed in as this user, on the page signing in leads to. */
    public static Browser signedIn(RunningApp app, String user) {
        Browser browser = Browser.on(app);
        browser.signIn(user, StaffForTests.PASSWORD).find("h1");
        return browser;
    }

    /** What the API answers a VIEWER for this path, which must be a 200. */
    public static JsonNode api(RunningApp app, String path) {
        RunningApp.Answer answer = app.getAs(StaffForTests.VIEWER, StaffForTests.PASSWORD, path);
        assertThat(answer.status()).as("GET %s", path).isEqualTo(200);
        return answer.body();
    }

    /** A stored member's name, as the pages show it. */
    public static String name(RunningApp app, String memberId) {
        return member(app, memberId).get("name").asString();
    }

    /** A stored member, as the API gives it. */
    public static JsonNode member(RunningApp app, String memberId) {
        return api(app, "/api/network").get("members").valueStream()
                .filter(m -> m.get("id").asString().equals(memberId)).findFirst()
                .orElseThrow(() -> new AssertionError("no member " + memberId));
    }
}
