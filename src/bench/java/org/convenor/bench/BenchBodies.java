package org.convenor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.json.JsonMapper;

/** Writes the request bodies the HTTP benchmarks send: {@code java ... BenchBodies target/bench}. */
public final class BenchBodies {

    private BenchBodies() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench"));
        JsonMapper json = JsonMapper.builder().build();
        json.writeValue(folder.resolve("coalitions-1000.json").toFile(), new NetworkGenerator(42).coalitions(1000, 5));
        json.writeValue(folder.resolve("fees-100.json").toFile(), new NetworkGenerator(42).fees(100));
        json.writeValue(folder.resolve("relationships-1000.json").toFile(),
                new NetworkGenerator(42).relationships(1000, 10));
        System.out.println("Request bodies written to " + folder.toAbsolutePath());
    }
}
