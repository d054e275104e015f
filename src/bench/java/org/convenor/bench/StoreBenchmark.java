package org.convenor.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.convenor.ConvenorApplication;
import org.convenor.FrozenPolicy;
import org.convenor.network.Interaction;
import org.convenor.network.Member;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.TestPostgres;
import org.convenor.relationships.RelationshipRequest;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The network store at 10,000 members and 100,000 interactions, against the service on loopback (one client,
 * requests one after another): CSV import rate, the heap the stored network holds, then GET alerts over the
 * stored network against the POST form with the same network as its body, interleaved. Beside each wall time
 * it prints the CPU time the whole process spent (service, database and client: they share the JVM), which
 * stays comparable when other work shares the machine's cores and wall times do not.
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=org.convenor.bench.StoreBenchmark -Dbench.args="h2 5 20"}
 * (database h2 or postgresql, import rounds, latency samples per form).
 */
public final class StoreBenchmark {

    static final String USER = "bench";
    static final String PASSWORD = "bench-password";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int WARM_UP_ROUNDS = 3;
    /** The settings of the shipped {@code spring.datasource.url}; {@code -Dbench.h2=} compares without them. */
    static final String SHIPPED_H2_SETTINGS = ";LOCK_TIMEOUT=30000;WRITE_DELAY=0";
    static final int SMALL_WRITES = 200;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private StoreBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws IOException {
        String database = args.length > 0 ? args[0] : "h2";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int samples = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path data = Files.createTempDirectory("convenor-bench");
        String url = database.equals("postgresql") ? TestPostgres.newDatabase() + "&reWriteBatchedInserts=true"
                : "jdbc:h2:file:" + data.resolve("convenor") + ";DB_CLOSE_ON_EXIT=FALSE"
                        + System.getProperty("bench.h2", SHIPPED_H2_SETTINGS);
        RelationshipRequest network = new NetworkGenerator(42).relationships(10_000, 10);
        byte[] members = membersCsv(network.members());
        byte[] interactions = interactionsCsv(network.interactions());
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ConvenorApplication.class).run(
                "--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--convenor.rules.watch=false", "--spring.datasource.url=" + url,
                "--convenor.rules.directory=" + FrozenPolicy.RULES, "--convenor.rules.scenarios=" + FrozenPolicy.SCENARIOS,
                "--convenor.security.users." + USER + ".password={noop}" + PASSWORD,
                "--convenor.security.users." + USER + ".roles=STAFF")) {
            StoreBenchmark bench = new StoreBenchmark(
                    "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
            System.out.printf("Database %s; members.csv %,d bytes, interactions.csv %,d bytes (%,d rows)%n", database,
                    members.length, interactions.length, network.interactions().size());
            bench.imports(rounds, members, interactions);
            bench.smallWrites(network.members().get(0).id(), network.asOf().toString());
            bench.send("POST", "/api/network/coalitions", "application/json", JSON.writeValueAsBytes(network.coalitions()));
            heldHeap(context.getBean(NetworkStore.class));
            if (samples > 0) {
                bench.latency(samples, network.asOf().toString());
            }
        }
    }

    /**
     * Each round empties the store, imports the members, then the interactions, each timed; the first rounds
     * warm the JIT up and are not counted. Then the same interactions file once more.
     */
    private void imports(int rounds, byte[] members, byte[] interactions) {
        double[] seconds = new double[rounds];
        double[] cpu = new double[rounds];
        for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
            send("PUT", "/api/network", "application/json", "{\"members\": []}".getBytes(StandardCharsets.UTF_8));
            long membersCpu = cpuNanos();
            long membersStart = System.nanoTime();
            send("POST", "/api/network/members", "text/csv", members);
            double membersSeconds = (System.nanoTime() - membersStart) / 1e9;
            membersCpu = cpuNanos() - membersCpu;
            long startCpu = cpuNanos();
            long start = System.nanoTime();
            String answer = send("POST", "/api/network/interactions", "text/csv", interactions);
            double wall = (System.nanoTime() - start) / 1e9;
            double busy = (cpuNanos() - startCpu) / 1e9;
            System.out.printf("  %s %d: members %.2f s (CPU %.2f s); interactions %.2f s (CPU %.2f s), %s%n",
                    round < 0 ? "warm-up" : "round", round < 0 ? round + WARM_UP_ROUNDS + 1 : round + 1,
                    membersSeconds, membersCpu / 1e9, wall, busy, answer);
            if (round >= 0) {
                seconds[round] = wall;
                cpu[round] = busy;
            }
        }
        long startCpu = cpuNanos();
        long start = System.nanoTime();
        String again = send("POST", "/api/network/interactions", "text/csv", interactions);
        double repeat = (System.nanoTime() - start) / 1e9;
        double repeatCpu = (cpuNanos() - startCpu) / 1e9;
        int rows = countLines(interactions) - 1;
        double wall = median(seconds);
        double busy = median(cpu);
        System.out.printf("Interactions CSV import, %,d rows, median of %d rounds: %.2f s wall = %,.0f rows/s;"
                + " %.2f s CPU = %,.0f rows per CPU second (min wall %.2f s)%n", rows, rounds, wall, rows / wall, busy,
                rows / busy, Arrays.stream(seconds).min().orElse(0));
        System.out.printf("The same file again: %.2f s wall, %.2f s CPU, %s%n", repeat, repeatCpu, again);
    }

    /**
     * One contact at a time, as staff log them: each its own request and transaction, so each pays a commit's
     * write to disk on the embedded default.
     */
    private void smallWrites(String memberId, String day) {
        double[] millis = new double[SMALL_WRITES];
        long startCpu = cpuNanos();
        for (int i = 0; i < SMALL_WRITES; i++) {
            String body = "{\"memberId\": \"" + memberId + "\", \"date\": \"" + day + "\", \"kind\": \"CALL\", \"note\": \"n"
                    + i + "\"}";
            long start = System.nanoTime();
            send("POST", "/api/network/interactions", "application/json", body.getBytes(StandardCharsets.UTF_8));
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        System.out.printf("One contact per request, %d requests: median %.1f ms, max %.1f ms, CPU %.1f ms per request%n",
                SMALL_WRITES, median(millis), Arrays.stream(millis).max().orElse(0),
                (cpuNanos() - startCpu) / 1e6 / SMALL_WRITES);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** CPU time of the whole process: every thread of the service, its database and the client. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** GET over the store and POST with the same network, interleaved in blocks so both see the same machine. */
    private void latency(int samples, String asOf) {
        JsonNode stored = JSON.readTree(send("GET", "/api/network", null, null));
        ArrayNode interactions = (ArrayNode) stored.get("interactions");
        interactions.forEach(interaction -> ((ObjectNode) interaction).remove("id"));
        ObjectNode body = JSON.createObjectNode().put("asOf", asOf);
        body.set("members", stored.get("members"));
        body.set("interactions", interactions);
        body.set("coalitions", stored.get("coalitions"));
        byte[] post = JSON.writeValueAsBytes(body);
        String get = "/api/relationships/alerts?asOf=" + asOf;
        for (int warm = 0; warm < 3; warm++) {
            send("GET", get, null, null);
            send("POST", "/api/relationships/alerts", "application/json", post);
        }
        List<Double> gets = new ArrayList<>();
        List<Double> posts = new ArrayList<>();
        List<Double> getsCpu = new ArrayList<>();
        List<Double> postsCpu = new ArrayList<>();
        for (int block = 0; block < samples / 2; block++) {
            for (int i = 0; i < 2; i++) {
                timed(() -> send("GET", get, null, null), gets, getsCpu);
            }
            for (int i = 0; i < 2; i++) {
                timed(() -> send("POST", "/api/relationships/alerts", "application/json", post), posts, postsCpu);
            }
        }
        System.out.printf("Alerts, 10,000 members / %,d interactions, %d requests each, one client:%n"
                + "  GET  /api/relationships/alerts (stored network): p50 %.0f ms, p99 %.0f ms, max %.0f ms;"
                + " CPU p50 %.0f ms%n"
                + "  POST /api/relationships/alerts (%,d-byte body):  p50 %.0f ms, p99 %.0f ms, max %.0f ms;"
                + " CPU p50 %.0f ms%n",
                interactions.size(), gets.size(), percentile(gets, 50), percentile(gets, 99), percentile(gets, 100),
                percentile(getsCpu, 50), post.length, percentile(posts, 50), percentile(posts, 99),
                percentile(posts, 100), percentile(postsCpu, 50));
    }

    /** The heap the stored network's copy holds: used heap after a full GC, before and after the first read. */
    private static void heldHeap(NetworkStore store) {
        long before = usedAfterGc();
        var network = store.read();
        long after = usedAfterGc();
        System.out.printf("Heap held by the stored network's copy (%,d members, %,d interactions): %,d MB%n",
                network.members().size(), network.interactions().size(), after - before >> 20);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void timed(Runnable call, List<Double> millis, List<Double> cpuMillis) {
        long cpu = cpuNanos();
        long start = System.nanoTime();
        call.run();
        millis.add((System.nanoTime() - start) / 1e6);
        cpuMillis.add((cpuNanos() - cpu) / 1e6);
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    private String send(String method, String path, String type, byte[] body) {
        String credential = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Basic " + credential);
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(500, response.body().length())));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static byte[] membersCsv(List<Member> members) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("id", "name", "kind", "roles",
                "tier", "sectors", "country", "globalSouth", "annualIncome", "feeWaiver", "reaches").get())) {
            for (Member m : members) {
                csv.printRecord(m.id(), m.name(), m.kind(), join(m.roles()), m.tier(), join(m.sectors()), m.country(),
                        m.globalSouth(), m.annualIncome(), m.feeWaiver(), join(m.reaches()));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] interactionsCsv(List<Interaction> interactions) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("memberId", "date", "kind", "note")
                .get())) {
            for (Interaction i : interactions) {
                csv.printRecord(i.memberId(), i.date(), i.kind(), i.note());
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String join(List<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }

    private static int countLines(byte[] text) {
        int lines = 0;
        for (byte b : text) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
