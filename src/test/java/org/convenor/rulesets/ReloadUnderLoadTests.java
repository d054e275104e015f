package org.convenor.rulesets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import tools.jackson.databind.JsonNode;

import org.convenor.RunningApp.Answer;
import org.convenor.RunningApp;
import org.convenor.TempRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounded, loopback only: clients keep asking for fees while a rule file is rewritten again and again,
 * sometimes broken. No request fails, and every answer comes from one complete version: a version always
 * gives the same wording, never a mix.
 */
class ReloadUnderLoadTests {

    static final String QUERY = LiveReloadTests.QUERY;
    static final String[] WORDINGS = {"% of income.", "% of its income.", "% of the income."};
    static final int REWRITES = 12;
    static final int CLIENTS = 3;

    @TempDir
    Path root;

    record Seen(int status, String version, String wording) {
    }

    @Test
    void rewritingRulesUnderLoadFailsNoRequestAndMixesNoVersions() throws Exception {
        TempRules rules = TempRules.copy(root);
        Path drl = rules.rules().resolve("fees/income-bands.drl");
        String template = Files.readString(drl);
        ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> reloadMillis = Collections.synchronizedList(new ArrayList<>());

        try (RunningApp app = RunningApp.start(rules.args("--convenor.rules.reload-debounce=100ms"))) {
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    while (running.get()) {
                        Answer answer = app.post("/api/fees/assessments", QUERY);
                        seen.add(new Seen(answer.status(), answer.body().path("ruleSet").path("version").asString(""),
                                wordingOf(answer.body())));
                    }
                });
            }
            for (int i = 1; i <= REWRITES; i++) {
                String wording = WORDINGS[i % WORDINGS.length];
                boolean broken = i % 4 == 0;
                String text = template.replace("\"% of income.\"", "\"" + wording + "\"");
                long written = System.nanoTime();
                Files.writeString(drl, broken ? text.replace("Member(id == $id, annualIncome == null)",
                        "Member(id == $id, annualIncome == null") : text);
                if (broken) {
                    app.await("/api/rulesets/fees", s -> "REJECTED".equals(s.path("lastAttempt").path("outcome")
                            .asString()), Duration.ofSeconds(20));
                } else {
                    awaitWording(app, wording, written + Duration.ofSeconds(20).toNanos());
                    reloadMillis.add((System.nanoTime() - written) / 1_000_000);
                }
            }
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }

        assertThat(seen).hasSizeGreaterThan(100);
        assertThat(seen).allSatisfy(s -> assertThat(s.status()).as("status of every answer").isEqualTo(200));
        Map<String, Set<String>> wordingsByVersion = new HashMap<>();
        seen.forEach(s -> wordingsByVersion.computeIfAbsent(s.version(), v -> new HashSet<>()).add(s.wording()));
        assertThat(wordingsByVersion.values()).allSatisfy(w -> assertThat(w).hasSize(1));
        assertThat(wordingsByVersion).hasSizeGreaterThanOrEqualTo(3);
        List<Long> sorted = reloadMillis.stream().sorted().toList();
        System.out.printf("Reload under load: %d answers, %d versions; edit-to-answering ms: median %d, max %d, all %s%n",
                seen.size(), wordingsByVersion.size(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1),
                reloadMillis);
    }

    private static void awaitWording(RunningApp app, String wording, long deadline) throws InterruptedException {
        while (!wording.equals(wordingOf(app.post("/api/fees/assessments", QUERY).body()))) {
            assertThat(System.nanoTime()).as("time waiting for '%s' to answer", wording).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** Which wording the answer's last reason ends with. */
    private static String wordingOf(JsonNode answer) {
        String reasons = answer.path("assessments").path(0).path("reasons").toString();
        for (String wording : WORDINGS) {
            if (reasons.contains(wording + "\"")) {
                return wording;
            }
        }
        return "none: " + reasons;
    }
}
