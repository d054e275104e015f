package org.convenor.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.convenor.RunningApp;
import org.convenor.StaffForTests;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an outside probe sends that no browser would, against the real service behind the real container (which
 * decodes the query, makes redirects and cookies): answered with a 4xx, never a 500, and never with the
 * {@code Host} it was sent. Started as behind a proxy ({@code server.forward-headers-strategy=native}), the way a
 * deployment that terminates HTTPS elsewhere runs it.
 */
class HostileRequestsTests {

    static final String EDITOR = StaffForTests.EDITOR;
    static final String PASSWORD = StaffForTests.PASSWORD;
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start(Stream.concat(Arrays.stream(StaffForTests.ARGS),
                Stream.of("--convenor.rules.watch=false", "--server.forward-headers-strategy=native"))
                .toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A browser of one signed-in editor: it keeps the session cookie and follows no redirect. */
    static HttpClient signedIn() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        String token = csrf(browser.send(HttpRequest.newBuilder(app.uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(app.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(EDITOR, token))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().firstValue("Location")).hasValue("/");
        return browser;
    }

    static HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(app.uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the page has a CSRF token").isTrue();
        return token.group(1);
    }

    static String form(String username, String token) {
        return "username=" + username + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The status line and headers of one exchange written by hand: a forged Host is what a client never sends. */
    static String head(String request) {
        try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(app.port()))) {
            OutputStream out = socket.getOutputStream();
            out.write(request.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0 && !head.toString().endsWith("\r\n\r\n")) {
                head.append((char) b);
            }
            return head.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> headers(String head, String name) {
        return head.lines().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(line -> line.substring(name.length() + 1).strip()).toList();
    }

    @Test
    void aForgedHostNeverReachesARedirect() throws Exception {
        String asked = head("""
                GET /rules HTTP/1.1
                Host: evil.example
                X-Forwarded-Host: evil.example
                Connection: close

                """);
        assertThat(asked).startsWith("HTTP/1.1 302");
        assertThat(headers(asked, "Location")).containsExactly("/login");
        String session = headers(asked, "Set-Cookie").get(0).split(";")[0];

        String token = csrf(app.send(HttpRequest.newBuilder(app.uri("/login")).header("Cookie", session)).body());
        String body = form(EDITOR, token);
        String signedIn = head("POST /login HTTP/1.1\nHost: evil.example\nX-Forwarded-Host: evil.example\n"
                + "Cookie: " + session + "\nContent-Type: application/x-www-form-urlencoded\nContent-Length: "
                + body.length() + "\nConnection: close\n\n" + body);

        assertThat(signedIn).startsWith("HTTP/1.1 302");
        assertThat(headers(signedIn, "Location")).as("back to the page asked for, by its path")
                .containsExactly("/rules?continue");
    }

    @Test
    void theSessionCookieStaysOnThisSiteAndIsSecureBehindHttps() {
        String plain = head("GET /rules HTTP/1.1\nHost: localhost\nConnection: close\n\n");
        assertThat(headers(plain, "Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
                .contains("SameSite=Lax", "HttpOnly").doesNotContain("Secure"));

        String overHttps = head("GET /rules HTTP/1.1\nHost: localhost\nX-Forwarded-Proto: https\nConnection: close\n\n");
        assertThat(headers(overHttps, "Set-Cookie")).singleElement().satisfies(cookie -> assertThat(cookie)
                .contains("SameSite=Lax", "HttpOnly", "Secure"));
        assertThat(headers(overHttps, "Location")).containsExactly("/login");
    }

    @Test
    void everyAnswerKeepsItsAddressFromOtherSites() throws Exception {
        HttpClient browser = signedIn();
        List<HttpResponse<String>> answers = List.of(
                app.send(HttpRequest.newBuilder(app.uri("/api/rulesets"))),
                app.send(HttpRequest.newBuilder(app.uri("/api/network"))),
                get(browser, "/network"), get(browser, "/no-such-page"), get(HttpClient.newHttpClient(), "/login"),
                get(HttpClient.newHttpClient(), "/v3/api-docs"));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.headers().firstValue("Referrer-Policy"))
                .as(answer.uri().getPath() + " (" + answer.statusCode() + ")").hasValue("same-origin"));
    }

    @Test
    void anEscapeThatIsNotUtf8IsAProblemNamingTheParameter() throws Exception {
        for (String query : List.of("asOf=%FF", "asOf=%ED%A0%80")) {
            RunningApp.Answer answer = app.getAs(StaffForTests.VIEWER, PASSWORD, "/api/relationships/alerts?" + query);

            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.body().at("/errors/0/field").asString()).as(query).isEqualTo("asOf");
        }
        assertThat(app.getAs(StaffForTests.VIEWER, PASSWORD, "/api/relationships/alerts?as%FFOf=1").body()
                .at("/errors/0/field").asString()).isEqualTo("as%FFOf");
        String basic = Base64.getEncoder().encodeToString((StaffForTests.VIEWER + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(head("GET /api/relationships/alerts?asOf=%zz HTTP/1.1\nHost: localhost\nAuthorization: Basic "
                + basic + "\nConnection: close\n\n")).as("a stray %").startsWith("HTTP/1.1 400");
    }

    @Test
    void aPageAskedWithAnEscapeThatIsNotUtf8SaysWhichParameter() throws Exception {
        HttpClient browser = signedIn();
        String draft = app.postAs(EDITOR, PASSWORD, "/api/rulesets/fees/drafts").body().get("id").asString();

        HttpResponse<String> network = get(browser, "/network?q=%FF");
        HttpResponse<String> draftPage = get(browser, "/rules/fees/drafts/" + draft + "?file=%FF");

        assertThat(network.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(network.body()).select("main p").text()).contains("'q'");
        assertThat(draftPage.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(draftPage.body()).select("main p").text()).contains("'file'");
        assertThat(get(HttpClient.newHttpClient(), "/network?q=%FF").statusCode()).as("before signing in")
                .isEqualTo(400);
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
        assertThat(get(signedIn(), "/error").statusCode()).isEqualTo(404);
        assertThat(get(HttpClient.newHttpClient(), "/error").statusCode()).isEqualTo(404);
        assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri("/error")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).as("asking for JSON").isEqualTo(404);
    }

    @Test
    void theDescriptionIsOpenAsYamlToo() throws Exception {
        HttpResponse<String> yaml = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.uri("/v3/api-docs.yaml"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).startsWith("openapi: 3.1");
    }
}
