package org.convenor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.convenor.relationships.RelationshipRequest;

/**
 * Writes the store benchmark's network as the two files a CSV import takes, {@code members.csv} and
 * {@code interactions.csv}: {@code java ... NetworkCsv target/bench-console 10000 10} (folder, members,
 * interactions per member; seed 42, dated up to {@link NetworkGenerator#AS_OF}). {@code .ci/bench-console} imports
 * them into a running service.
 */
public final class NetworkCsv {

    private NetworkCsv() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench-console"));
        int members = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int perMember = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        RelationshipRequest network = new NetworkGenerator(42).relationships(members, perMember);
        Files.write(folder.resolve("members.csv"), StoreBenchmark.membersCsv(network.members()));
        Files.write(folder.resolve("interactions.csv"), StoreBenchmark.interactionsCsv(network.interactions()));
        System.out.printf("%,d members and %,d interactions written to %s%n", network.members().size(),
                network.interactions().size(), folder.toAbsolutePath());
    }
}
