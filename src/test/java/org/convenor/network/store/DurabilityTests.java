package org.convenor.network.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.convenor.ProcessTest;
import org.convenor.ServiceProcess.Answer;
import org.convenor.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write answered 2xx is on disk: the service is killed with {@code kill -9} the instant after, or in the middle
 * of eight writers, and after a restart every acknowledged write is there, and no write is there by half. On the
 * embedded default exactly as it ships (its own {@code ./data}); {@link PostgresDurabilityTests} on PostgreSQL.
 */
@ProcessTest
class DurabilityTests {

    static final int WRITERS = 8;
    static final int BATCH = 10;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    /** Arguments for the store under test; none for the embedded default. */
    String[] store() {
        return new String[0];
    }

    @Test
    void everyAcknowledgedWriteSurvivesKillNine() throws Exception {
        ServiceProcess service = ServiceProcess.start(folder, store());
        try {
            assertThat(service.post("/api/network/members", batch("first", 1)).status()).isEqualTo(200);
        } finally {
            service.kill();
        }

        service = ServiceProcess.start(folder, store());
        List<String> acknowledged;
        try {
            assertThat(memberIds(service)).containsExactlyInAnyOrder(ids("first", 1).toArray(String[]::new));
            acknowledged = writeUntilKilled(service);
        } finally {
            service.kill();
        }
        assertThat(acknowledged).as("batches acknowledged before the kill").hasSizeGreaterThan(WRITERS);

        service = ServiceProcess.start(folder, store());
        try {
            Set<String> stored = memberIds(service);
            for (String batch : acknowledged) {
                assertThat(stored).as("acknowledged batch " + batch).containsAll(ids(batch, BATCH));
            }
            stored.removeAll(ids("first", 1));
            Set<String> batches = new HashSet<>();
            stored.forEach(id -> batches.add(id.substring(0, id.lastIndexOf('-'))));
            for (String batch : batches) {
                assertThat(stored).as("batch " + batch + " whole or not at all").containsAll(ids(batch, BATCH));
            }
        } finally {
            service.kill();
        }
    }

    /** Eight writers post batches as fast as they are answered; the service is killed once each has had a few. */
    private static List<String> writeUntilKilled(ServiceProcess service) throws InterruptedException {
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        CountDownLatch warmedUp = new CountDownLatch(WRITERS * 3);
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            Thread thread = new Thread(() -> {
                for (int n = 0; ; n++) {
                    String batch = "w" + writer + "-b" + n;
                    try {
                        Answer answer = service.post("/api/network/members", batch(batch, BATCH));
                        if (answer.status() != 200) {
                            return;
                        }
                    } catch (RuntimeException e) {
                        return;
                    }
                    acknowledged.add(batch);
                    warmedUp.countDown();
                }
            });
            thread.start();
            writers.add(thread);
        }
        assertThat(warmedUp.await(2, TimeUnit.MINUTES)).as("the writers got going").isTrue();
        service.kill();
        for (Thread writer : writers) {
            writer.join();
        }
        return List.copyOf(acknowledged);
    }

    private static String batch(String batch, int size) {
        return JSON.writeValueAsString(ids(batch, size).stream()
                .map(id -> java.util.Map.of("id", id, "kind", "PERSON", "roles", List.of("ALLY"))).toList());
    }

    private static List<String> ids(String batch, int size) {
        return IntStream.range(0, size).mapToObj(i -> batch + "-" + i).toList();
    }

    private static Set<String> memberIds(ServiceProcess service) {
        Answer answer = service.get("/api/network");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Set<String> ids = new HashSet<>();
        for (JsonNode member : JSON.readTree(answer.body()).get("members")) {
            ids.add(member.get("id").asString());
        }
        return ids;
    }
}
