package org.convenor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.convenor.ServiceProcess.Answer;
import org.convenor.network.store.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup that {@code docs/operations.md} gives, proven: a running service on PostgreSQL with a network and a
 * rule set published twice is dumped with {@code pg_dump -Fc}, restored with {@code pg_restore} into an empty
 * database, and a second service on it, started in an empty folder (no {@code data/}) with only the seed rules,
 * answers the same decisions, shows the same history, and restores an earlier version by its id to the same active
 * version as the first. Runs Debian's {@code postgresql-client}, which {@code .ci/run} installs.
 */
@ProcessTest
class BackupRestoreProcessTests {

    static final String EDITOR = "eda";
    static final String PASSWORD = "a lantern by the harbour";
    static final Path FIXTURE = Path.of("src/test/resources/demo-fixture");
    static final String FEES = "/api/rulesets/fees";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    @Test
    void aDumpOfARunningServiceRestoredIntoAnEmptyDatabaseAnswersAndRemembersTheSame() throws Exception {
        String live = TestPostgres.newDatabase();
        try (ServiceProcess first = ServiceProcess.start(folder.resolve("first"),
                TempRules.copy(folder.resolve("first-seed")).args(settings(live)))) {
            load(first);
            String before = active(first);
            publish(first, "no partnership fee is assessed.", "no partnership fee is ever assessed.", "Plainer words");
            assertThat(active(first)).isNotEqualTo(before);
            List<String> history = history(first);
            assertThat(history).hasSizeGreaterThanOrEqualTo(2);

            String restored = TestPostgres.newDatabase();
            Path dump = folder.resolve("convenor.dump");
            run("pg_dump", "--format=custom", "--file=" + dump, "--dbname=" + libpq(live));
            run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + libpq(restored), dump.toString());

            try (ServiceProcess second = ServiceProcess.start(folder.resolve("second"),
                    TempRules.copy(folder.resolve("second-seed")).args(settings(restored)))) {
                for (String decisions : List.of("/api/fees/assessments", "/api/relationships/alerts")) {
                    assertThat(body(second, "GET", decisions, null)).as(decisions)
                            .isEqualTo(body(first, "GET", decisions, null));
                }
                assertThat(active(second)).isEqualTo(active(first));
                assertThat(history(second)).as("ids, authors and messages").isEqualTo(history);

                String oldest = JSON.readTree(body(first, "GET", FEES + "/history", null)).get(history.size() - 1)
                        .get("id").asString();
                String back = "{\"message\": \"Back to the start\"}";
                body(first, "POST", FEES + "/history/" + oldest + "/restore", back);
                body(second, "POST", FEES + "/history/" + oldest + "/restore", back);
                assertThat(active(second)).isEqualTo(active(first)).isEqualTo(before);
            }
        }
    }

    private static String[] settings(String url) {
        return new String[] {"--spring.datasource.url=" + url,
            "--convenor.security.users." + EDITOR + ".password={noop}" + PASSWORD,
            "--convenor.security.users." + EDITOR + ".roles=EDITOR"};
    }

    /** The demo fixture's members, contacts and the convenor's own income: fees and alerts to compare. */
    private static void load(ServiceProcess service) throws IOException {
        send(service, "PUT", "/api/network/convenor", "application/json",
                Files.readString(FIXTURE.resolve("convenor.json")));
        // Restricted members need an owner, which the fixture's CSV does not give: here they are ordinary ones.
        send(service, "POST", "/api/network/members", "text/csv",
                Files.readString(FIXTURE.resolve("members.csv")).replaceAll("(?m),true$", ","));
        send(service, "POST", "/api/network/interactions", "text/csv",
                Files.readString(FIXTURE.resolve("interactions.csv")));
    }

    private static void publish(ServiceProcess service, String from, String to, String message) {
        String draft = FEES + "/drafts/" + JSON.readTree(body(service, "POST", FEES + "/drafts", "")).get("id")
                .asString();
        String file = draft + "/files/rules/outcome.drl";
        String rule = body(service, "GET", file, null);
        assertThat(rule).contains(from);
        send(service, "PUT", file, "text/plain", rule.replace(from, to));
        body(service, "POST", draft + "/publish", "{\"message\": \"" + message + "\"}");
    }

    private static String active(ServiceProcess service) {
        return JSON.readTree(body(service, "GET", FEES, null)).get("version").asString();
    }

    /** Each entry as its id, author and message, newest first. */
    private static List<String> history(ServiceProcess service) {
        List<String> entries = new ArrayList<>();
        for (JsonNode entry : JSON.readTree(body(service, "GET", FEES + "/history", null))) {
            entries.add(entry.get("id").asString() + " " + entry.get("author").asString() + " "
                    + entry.get("message").asString());
        }
        return entries;
    }

    private static String body(ServiceProcess service, String method, String path, String json) {
        return send(service, method, path, json == null ? null : "application/json", json);
    }

    private static String send(ServiceProcess service, String method, String path, String type, String body) {
        Answer answer = service.send(method, path, type, body, EDITOR, PASSWORD);
        assertThat(answer.status()).as(method + " " + path + ": " + answer.body()).isBetween(200, 299);
        return answer.body();
    }

    /** The JDBC URL as libpq reads it: {@code postgresql://user@host:port/database}. */
    static String libpq(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String user = uri.getQuery() == null ? "postgres" : uri.getQuery().replaceFirst(".*user=([^&]+).*", "$1");
        return "postgresql://" + user + "@" + uri.getHost() + ":" + uri.getPort() + uri.getPath();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ended).as(command[0] + " ended").isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }
}
