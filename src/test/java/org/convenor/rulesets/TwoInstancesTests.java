package org.convenor.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.convenor.PostgresTest;
import org.convenor.ProcessTest;
import org.convenor.ServiceProcess;
import org.convenor.TempRules;
import org.convenor.network.store.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * Two instances as processes of their own on one PostgreSQL, each with its own rules folder and ./data: what one
 * publishes the other answers with, a draft made on one is published on the other, a kill -9 in the middle of a
 * publish leaves both agreeing, and an instance that lost its ./data still has the whole history. The time a
 * publish takes to be active on the other instance is printed (the goal is 2 s; the bound here is generous).
 */
@ProcessTest
@PostgresTest
class TwoInstancesTests {

    static final String EDITOR = "edna";
    static final String PASSWORD = "correct-horse-battery";
    static final String WAIVER_WORDS = "The waiver applies: no fee.";
    static final Duration BOUND = Duration.ofSeconds(30);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path root;

    final String database = TestPostgres.newDatabase();

    ServiceProcess start(String name, String... more) {
        TempRules rules = rulesOf(name);
        return ServiceProcess.start(root.resolve(name), rules.args(java.util.stream.Stream.concat(java.util.stream.Stream.of(
                "--spring.datasource.url=" + database, "--convenor.instances.id=" + name,
                "--convenor.security.users." + EDITOR + ".password={noop}" + PASSWORD,
                "--convenor.security.users." + EDITOR + ".roles=EDITOR"), java.util.Arrays.stream(more))
                .toArray(String[]::new)));
    }

    /** Each instance's rules folder, copied from the frozen policy the first time, kept across its restarts. */
    TempRules rulesOf(String name) {
        Path folder = root.resolve(name + "-rules");
        return folder.toFile().isDirectory() ? new TempRules(folder) : TempRules.copy(folder);
    }

    static ServiceProcess.Answer as(ServiceProcess service, String method, String path, String type, String body) {
        return service.send(method, path, type, body, EDITOR, PASSWORD);
    }

    static JsonNode json(ServiceProcess.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        return JSON.readTree(answer.body());
    }

    static String version(ServiceProcess service) {
        return json(service.get("/api/rulesets/fees"), 200).get("version").asString();
    }

    static List<String> history(ServiceProcess service) {
        return StreamSupport.stream(json(as(service, "GET", "/api/rulesets/fees/history", null, null), 200)
                .spliterator(), false).map(entry -> entry.get("id").asString()).toList();
    }

    /** A draft of fees on the service with the waiver's words changed; its id. */
    static String draft(ServiceProcess service, String words) {
        return draft(service, WAIVER_WORDS, words);
    }

    static String draft(ServiceProcess service, String from, String words) {
        String id = json(as(service, "POST", "/api/rulesets/fees/drafts", null, null), 201).get("id").asString();
        String file = "/api/rulesets/fees/drafts/" + id + "/files/rules/outcome.drl";
        String text = as(service, "GET", file, null, null).body();
        assertThat(text).contains(from);
        assertThat(as(service, "PUT", file, "text/plain", text.replace(from, words)).status()).isEqualTo(204);
        return id;
    }

    static ServiceProcess.Answer publish(ServiceProcess service, String draft, String message) {
        return as(service, "POST", "/api/rulesets/fees/drafts/" + draft + "/publish", "application/json",
                "{\"message\": \"" + message + "\"}");
    }

    /** Polls until the condition holds (or the bound passes); the time it took. */
    static Duration until(Supplier<Boolean> condition) {
        long start = System.nanoTime();
        while (!condition.get() && System.nanoTime() - start < BOUND.toNanos()) {
            sleep(50);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPublishOnOneIsActiveOnTheOtherAndADraftMadeOnOneIsPublishedOnTheOther() {
        try (ServiceProcess a = start("a"); ServiceProcess b = start("b")) {
            String before = version(a);
            assertThat(version(b)).isEqualTo(before);

            String onA = draft(a, "The waiver applies: nothing is due.");
            String published = json(publish(a, onA, "Plainer words"), 200).get("entry").get("version").asString();
            Duration seen = until(() -> version(b).equals(published));
            System.out.println("Published on A, active on B after " + seen.toMillis() + " ms");
            assertThat(version(b)).isEqualTo(published).isNotEqualTo(before);

            String madeOnA = draft(a, "The waiver applies: nothing is due.", "The waiver applies: nothing to pay.");
            String publishedOnB = json(publish(b, madeOnA, "Made on A, published on B"), 200).get("entry")
                    .get("version").asString();
            Duration back = until(() -> version(a).equals(publishedOnB));
            System.out.println("Published on B, active on A after " + back.toMillis() + " ms");
            assertThat(version(a)).isEqualTo(publishedOnB);
            assertThat(history(a)).isEqualTo(history(b)).hasSize(3);

            until(() -> instances(a).size() == 2);
            assertThat(instances(a)).containsExactly("a=" + publishedOnB, "b=" + publishedOnB);
        }
    }

    static List<String> instances(ServiceProcess service) {
        return StreamSupport.stream(json(service.get("/api/rulesets/fees"), 200).get("instances").spliterator(),
                false).map(row -> row.get("instance").asString() + "=" + row.get("version").asString()).toList();
    }

    @Test
    void aKillInTheMiddleOfAPublishLeavesBothAgreeingAndARestartWithoutDataHasTheWholeHistory() throws IOException {
        ServiceProcess b = start("b");
        try (b) {
            ServiceProcess a = start("a");
            String draft = draft(a, "The waiver applies: nothing is due.");
            CompletableFuture<ServiceProcess.Answer> publishing = CompletableFuture.supplyAsync(
                    () -> publish(a, draft, "Cut short"));
            // The gate judges the draft for a second or more: the kill lands before, during or after the commit.
            sleep(700);
            a.kill();
            publishing.handle((answer, failure) -> answer);

            FileSystemUtils.deleteRecursively(root.resolve("a").resolve("data"));
            try (ServiceProcess restarted = start("a")) {
                Duration agreed = until(() -> version(restarted).equals(version(b)));
                System.out.println("After the kill, A and B agree " + agreed.toMillis() + " ms after A answered");
                assertThat(version(restarted)).isEqualTo(version(b));
                List<String> history = history(b);
                assertThat(history(restarted)).isEqualTo(history).hasSizeBetween(1, 2);
                JsonNode head = json(as(b, "GET", "/api/rulesets/fees/history", null, null), 200).get(0);
                assertThat(head.get("version").asString()).isEqualTo(version(b));
            }
        }
    }

    @Test
    void aScheduledJobRunsOnceAcrossBoth() {
        // The retention of interactions, due every second on both, under ShedLock's lease of at least a minute: with
        // both up, a run every minute across the two, never one on each in the same minute.
        String[] everySecond = {"--convenor.retention.interactions=P1D", "--convenor.retention.cron=* * * * * *"};
        try (ServiceProcess a = start("a", everySecond); ServiceProcess b = start("b", everySecond)) {
            java.time.OffsetDateTime bothUp = java.time.OffsetDateTime.now();
            long start = System.nanoTime();
            while (retentionRuns(b).stream().filter(at -> at.isAfter(bothUp)).count() < 2
                    && System.nanoTime() - start < Duration.ofMinutes(4).toNanos()) {
                sleep(1_000);
            }
            List<java.time.OffsetDateTime> runs = retentionRuns(a);
            assertThat(runs.stream().filter(at -> at.isAfter(bothUp))).hasSizeGreaterThanOrEqualTo(2);
            for (int i = 1; i < runs.size(); i++) {
                assertThat(Duration.between(runs.get(i - 1), runs.get(i))).as("between runs %s", runs)
                        .isGreaterThanOrEqualTo(Duration.ofSeconds(59));
            }
        }
    }

    /** When the retention ran, oldest first, from the network's audit log. */
    static List<java.time.OffsetDateTime> retentionRuns(ServiceProcess service) {
        return StreamSupport.stream(json(as(service, "GET", "/api/network/audit", null, null), 200).spliterator(),
                false).filter(entry -> entry.get("action").asString().equals("RETENTION"))
                .map(entry -> java.time.OffsetDateTime.parse(entry.get("at").asString())).sorted().toList();
    }
}
