package org.convenor.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.convenor.ProcessTest;
import org.convenor.ServiceProcess;
import org.convenor.network.store.TestPostgres;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances as separate processes on one PostgreSQL, as behind a load balancer: a console session signed in on
 * one is served by the other (a page, and a form whose CSRF token was issued by the first), what one instance puts
 * in the session for the next page (a flash message) is read by the other, and disabling the user on one ends the
 * session on the other.
 */
@ProcessTest
class ConsoleSessionsProcessTests {

    static final String ADMIN = "ada";
    static final String USER = "dan";
    static final String PASSWORD = "a lantern by the harbour";

    @TempDir
    Path folder;

    @Test
    void aSessionSignedInOnOneInstanceIsServedByTheOtherUntilItsUserIsDisabled() throws Exception {
        String[] store = {"--spring.datasource.url=" + TestPostgres.newDatabase(),
            "--convenor.security.users." + ADMIN + ".password={noop}" + PASSWORD,
            "--convenor.security.users." + ADMIN + ".roles=ADMIN"};
        try (ServiceProcess a = ServiceProcess.start(folder.resolve("a"), store);
                ServiceProcess b = ServiceProcess.start(folder.resolve("b"), store)) {
            HttpResponse<String> added = send(HttpRequest.newBuilder(a.uri("/api/users")).header("Authorization", basic())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                            {"username": "%s", "roles": ["STAFF"], "password": "%s"}""".formatted(USER, PASSWORD))));
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);

            Visitor browser = new Visitor();
            Document login = browser.page(a, "/login");
            HttpResponse<String> signedIn = browser.post(a, "/login", Map.of("username", USER, "password", PASSWORD,
                    "_csrf", csrf(login)));
            assertThat(signedIn.headers().firstValue("Location")).hasValue("/");

            Document account = browser.page(b, "/account");
            assertThat(account.select("h1").text()).isNotBlank();
            HttpResponse<String> made = browser.post(b, "/account/tokens", Map.of("name", "laptop",
                    "_csrf", csrf(account)));
            assertThat(made.statusCode()).as("a form posted on B with the session's CSRF token").isEqualTo(302);
            assertThat(made.headers().firstValue("Location")).hasValue("/account");
            assertThat(browser.page(a, "/account").select("#token-created").text())
                    .as("what B kept in the session for the next page, shown by A").contains("is made");

            HttpResponse<String> disabled = send(HttpRequest.newBuilder(a.uri("/api/users/" + USER))
                    .header("Authorization", basic()).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("""
                            {"roles": ["STAFF"], "disabled": true}""")));
            assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);

            HttpResponse<String> refused = browser.get(b, "/account");
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        }
    }

    private static String csrf(Document page) {
        String token = page.select("input[name=_csrf]").attr("value");
        assertThat(token).as("the page's CSRF token").isNotBlank();
        return token;
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A browser's session cookie, sent to whichever instance it asks, and replaced when an answer sets another. */
    static final class Visitor {

        private String cookie;

        Document page(ServiceProcess instance, String path) {
            HttpResponse<String> answer = get(instance, path);
            assertThat(answer.statusCode()).as(path + " " + answer.headers().firstValue("Location")).isEqualTo(200);
            return Jsoup.parse(answer.body());
        }

        HttpResponse<String> get(ServiceProcess instance, String path) {
            return kept(send(withCookie(HttpRequest.newBuilder(instance.uri(path))).GET()));
        }

        HttpResponse<String> post(ServiceProcess instance, String path, Map<String, String> form) {
            String body = new LinkedHashMap<>(form).entrySet().stream()
                    .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return kept(send(withCookie(HttpRequest.newBuilder(instance.uri(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))));
        }

        private HttpRequest.Builder withCookie(HttpRequest.Builder request) {
            return cookie == null ? request : request.header("Cookie", cookie);
        }

        private HttpResponse<String> kept(HttpResponse<String> answer) {
            answer.headers().allValues("Set-Cookie").stream().filter(set -> set.startsWith("SESSION="))
                    .findFirst().ifPresent(set -> cookie = set.substring(0, set.indexOf(';')));
            return answer;
        }
    }
}
