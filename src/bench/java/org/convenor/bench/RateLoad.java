package org.convenor.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An open-loop load generator: POSTs a body at a constant rate for a fixed time, on loopback only, and
 * prints latency percentiles measured from when each request was due (so a stalled server is not hidden by
 * requests that were never sent). {@code RateLoad URL BODY_FILE REQUESTS_PER_SECOND SECONDS [THREADS]}
 */
public final class RateLoad {

    private RateLoad() {
    }

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
            throw new IllegalArgumentException("loopback only: " + uri);
        }
        String body = Files.readString(Path.of(args[1]));
        double rate = Double.parseDouble(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        long interval = (long) (1e9 * threads / rate);
        int perThread = (int) (rate * seconds / threads);
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime() + 100_000_000L;
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long offset = interval * t / threads;
            results.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                long[] latencies = new long[perThread];
                for (int i = 0; i < perThread; i++) {
                    long due = start + offset + i * interval;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    latencies[i] = System.nanoTime() - due;
                    if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                }
                return latencies;
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> result : results) {
            long[] latencies = result.get();
            int from = all.length;
            all = Arrays.copyOf(all, from + latencies.length);
            System.arraycopy(latencies, 0, all, from, latencies.length);
        }
        pool.shutdown();
        Arrays.sort(all);
        System.out.printf("rate %.0f/s for %d s: %d requests, %d errors, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                rate, seconds, all.length, errors.get(), at(all, 0.50), at(all, 0.90), at(all, 0.99),
                all[all.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (quantile * sorted.length))] / 1e6;
    }
}
