package org.convenor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.convenor.system.openapi.ApiContract;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real service on a free loopback port, with a small HTTP client for tests. Every answer it gets is
 * checked against the service's own {@code /v3/api-docs} ({@link ApiContract}).
 */
public final class RunningApp implements AutoCloseable {

    public static final String OPERATOR = "ops";
    public static final String PASSWORD = "s3cret-for-tests";

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String base;
    private volatile ApiContract contract;

    private RunningApp(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    public static RunningApp start(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 3);
        all[args.length] = "--server.port=0";
        all[args.length + 1] = "--server.address=127.0.0.1";
        all[args.length + 2] = "--spring.main.banner-mode=off";
        return new RunningApp(new SpringApplicationBuilder(ConvenorApplication.class).run(all));
    }

    /** A part of the running service, for what no endpoint shows. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public String port() {
        return context.getEnvironment().getProperty("local.server.port");
    }

    public record Answer(int status, JsonNode body) {
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), null);
    }

    public Answer post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), body);
    }

    public Answer postAs(String user, String password, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user, password))
                .POST(HttpRequest.BodyPublishers.noBody()), null);
    }

    /** A GET as a signed-in user (HTTP Basic), for what only staff may read. */
    public Answer getAs(String user, String password, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user, password)).GET(),
                null);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The description this service serves, which every answer above is checked against. */
    public ApiContract contract() {
        if (contract == null) {
            contract = ApiContract.of(exchange(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).GET()).body());
        }
        return contract;
    }

    /** Polls until the answer satisfies the condition, failing after the timeout. */
    public Answer await(String path, Predicate<JsonNode> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Answer answer = get(path);
        while (!condition.test(answer.body())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting on " + path + "; last: " + answer.body());
            }
            sleep(50);
            answer = get(path);
        }
        return answer;
    }

    /** The address of a path on this service, for a request the short forms above do not make. */
    public URI uri(String path) {
        return URI.create(base + path);
    }

    /** Any request without a body, its answer whole (headers too) and checked like every other. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        return checked(exchange(request), null);
    }

    private Answer send(HttpRequest.Builder request, String requestBody) {
        HttpResponse<String> response = checked(exchange(request), requestBody);
        String body = response.body();
        return new Answer(response.statusCode(), body.isEmpty() ? json.nullNode() : json.readTree(body));
    }

    private HttpResponse<String> checked(HttpResponse<String> response, String requestBody) {
        contract().check(new ApiContract.Exchange(response.request().method(), response.uri().getPath(),
                response.request().headers().firstValue("Content-Type").orElse(null),
                requestBody == null ? null : requestBody.getBytes(StandardCharsets.UTF_8), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(null),
                response.body().getBytes(StandardCharsets.UTF_8)));
        return response;
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
