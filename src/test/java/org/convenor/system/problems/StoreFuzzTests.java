package org.convenor.system.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.convenor.PostgresTest;
import org.convenor.RunningApp;
import org.convenor.network.store.SampleNetwork;
import org.convenor.network.store.StaffApi;
import org.convenor.network.store.TestPostgres;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mutated bodies (the decision fuzzer's mutations) to the store's writes, on both databases: PostgreSQL is the
 * stricter (a NUL in text, a date past its range). No answer is a 5xx and every refusal is a problem JSON.
 * {@code -Dfuzz.store.count=N} per endpoint (default 100); the seed is fixed so a failure can be replayed.
 */
@PostgresTest
class StoreFuzzTests {

    static final int COUNT = Integer.getInteger("fuzz.store.count", 100);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String CSV_SEED = "id,name,kind,roles,tier,sectors,country,globalSouth,annualIncome,feeWaiver,reaches,owner\n"
            + "a,\"Médecins, Sans\",ORGANISATION,PARTNER;ALLY,KEY,MEDICAL,KE,true,1000.5,false,p5,staff\n"
            + "b,Bea,PERSON,JOURNALIST,,,,,,,,\n";
    /** A correction of one interaction, by the id the store gave it: the path is completed once it is known. */
    static final String CORRECTION = "/api/network/interactions/";

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void noMutatedWriteGetsA5xxAndEveryRefusalIsAProblem(String database) {
        String url = database.equals("h2") ? "jdbc:h2:mem:" + UUID.randomUUID() : TestPostgres.newDatabase();
        JsonNode network = JSON.readTree(SampleNetwork.JSON);
        Map<String, JsonNode> seeds = Map.of("/api/network", network,
                "/api/network/members", network.get("members"),
                "/api/network/interactions", network.get("interactions").get(0),
                CORRECTION, network.get("interactions").get(0),
                "/api/network/coalitions", network.get("coalitions"),
                "/api/network/campaigns", network.get("campaigns"));
        Map<String, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        Random random = new Random(20261126L);
        try (RunningApp app = RunningApp.start("--spring.datasource.url=" + url, "--spring.profiles.active=users",
                "--convenor.rules.watch=false", "--logging.level.org.convenor.system.ProblemHandler=OFF")) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + app.port();
            send(http, base + "/api/network", "PUT", "application/json", SampleNetwork.JSON);
            for (int i = 0; i < COUNT; i++) {
                for (Map.Entry<String, JsonNode> seed : new TreeMap<>(seeds).entrySet()) {
                    String path = seed.getKey().equals(CORRECTION) ? CORRECTION + storedInteraction(http, base)
                            : seed.getKey();
                    String method = seed.getKey().equals("/api/network") || seed.getKey().equals(CORRECTION) ? "PUT"
                            : "POST";
                    check(send(http, base + path, method, "application/json",
                            FuzzTests.mutate(seed.getValue(), random)), seed.getKey(), statuses, failures);
                }
                check(send(http, base + "/api/network/members", "POST", "text/csv",
                        FuzzTests.rawMutation(CSV_SEED, random)), "members csv", statuses, failures);
            }
        }
        System.out.println("Store fuzz on " + database + ": answers by endpoint and status: " + statuses);
        assertThat(failures).as("answers that were 5xx or not a problem JSON").isEmpty();
        assertThat(statuses.keySet()).as("some mutations are accepted").anyMatch(key -> key.endsWith(" 200"));
    }

    /** The first stored interaction's id (a replacement gives new ones), or 0 when none is stored: a 404 then. */
    static long storedInteraction(HttpClient http, String base) {
        JsonNode interactions = JSON.readTree(send(http, base + "/api/network", "GET", "application/json", "").body())
                .get("interactions");
        return interactions.isEmpty() ? 0 : interactions.get(0).get("id").asLong();
    }

    static void check(HttpResponse<String> response, String endpoint, Map<String, Integer> statuses,
            List<String> failures) {
        statuses.merge(endpoint + " " + response.statusCode(), 1, Integer::sum);
        int status = response.statusCode();
        boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                && !response.body().contains("\"trace\"");
        if (status >= 500 || status >= 400 && !problem) {
            failures.add(endpoint + " " + status + ": " + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    static HttpResponse<String> send(HttpClient http, String url, String method, String type, String body) {
        String credential = Base64.getEncoder().encodeToString((StaffApi.STAFF + ":" + StaffApi.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", type).header("Authorization", "Basic " + credential)
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
