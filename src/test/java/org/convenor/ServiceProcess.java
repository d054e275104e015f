package org.convenor;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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

/**
 * The service as a process of its own, started in a folder of its own as a deployment starts it (its own
 * {@code application.properties}, {@code ./data} under that folder), so a test can {@code kill -9} it and start
 * it again. The classpath is the test run's without the test classes and resources: the service sees only what
 * it ships with, plus the frozen policy and the arguments given.
 */
public final class ServiceProcess implements AutoCloseable {

    public static final String STAFF = "sam";
    public static final String PASSWORD = "correct-horse-battery";

    private final Process process;
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.base = "http://127.0.0.1:" + port;
    }

    /** Starts the service in {@code folder} and waits until it answers its health check. */
    public static ServiceProcess start(Path folder, String... args) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", serviceClassPath(), ConvenorApplication.class.getName(),
                "--server.port=" + port, "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                "--convenor.rules.watch=false",
                "--convenor.security.users." + STAFF + ".password={noop}" + PASSWORD,
                "--convenor.security.users." + STAFF + ".roles=STAFF"));
        // The frozen policy unless the arguments name rules of their own (a publish writes through to them).
        if (Arrays.stream(args).noneMatch(arg -> arg.startsWith("--convenor.rules.directory="))) {
            command.add("--convenor.rules.directory=" + FrozenPolicy.RULES.toAbsolutePath());
            command.add("--convenor.rules.scenarios=" + FrozenPolicy.SCENARIOS.toAbsolutePath());
        }
        command.addAll(Arrays.asList(args));
        try {
            Files.createDirectories(folder);
            Process process = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("service.log").toFile()).start();
            ServiceProcess service = new ServiceProcess(process, port);
            service.awaitHealthy(folder.resolve("service.log"));
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code kill -9}: the JVM ends at once, with no shutdown hook, no flush and no close. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public record Answer(int status, String body) {
    }

    public Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** This instance's address of {@code path}, for a client of the test's own (a browser's cookies, another user). */
    public URI uri(String path) {
        return URI.create(base + path);
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    /** A request as another configured user, with a body of the given type (none when {@code body} is null). */
    public Answer send(String method, String path, String contentType, String body, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                        .getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((STAFF + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitHealthy(Path log) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The service ended before it answered; its log:\n" + read(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            RunningApp.sleep(200);
        }
        kill();
        throw new AssertionError("The service did not answer within 3 minutes; its log:\n" + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** The test run's classpath without {@code test-classes}, whose {@code config/} would stand in for the service's. */
    private static String serviceClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        kill();
    }
}
