package org.convenor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.convenor.ConvenorApplication;
import org.convenor.FrozenPolicy;
import org.convenor.network.Interaction;
import org.convenor.network.InteractionKind;
import org.convenor.network.Member;
import org.convenor.network.Reader;
import org.convenor.network.store.NetworkReplacement;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.NetworkWrites;
import org.convenor.network.store.Received;
import org.convenor.network.store.StoredNetwork;
import org.convenor.network.store.TestPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the first read after one logged contact costs, in process: the whole store read again (after an import of
 * more members than the change log names) against the copy caught up from the change log (a logged contact). Members and
 * 10 interactions each from {@link NetworkGenerator} (seed 42); wall time of {@code NetworkStore.read()} after
 * each write, median of the rounds.
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=org.convenor.bench.CopyCatchUp -Dbench.args="h2 100000 10"}
 * (database h2 or postgresql, members, rounds).
 */
public final class CopyCatchUp {

    private CopyCatchUp() {
    }

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "h2";
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path data = Files.createTempDirectory("convenor-bench");
        String url = database.equals("postgresql") ? TestPostgres.newDatabase() + "&reWriteBatchedInserts=true"
                : "jdbc:h2:file:" + data.resolve("convenor") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=30000;WRITE_DELAY=0";
        NetworkGenerator generator = new NetworkGenerator(42);
        List<Member> members = generator.members(size);
        List<Interaction> interactions = generator.interactions(members, 10);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ConvenorApplication.class).run(
                "--spring.main.web-application-type=none", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--convenor.rules.watch=false", "--spring.datasource.url=" + url,
                "--convenor.limits.max-interactions=" + interactions.size(),
                "--convenor.rules.directory=" + FrozenPolicy.RULES, "--convenor.rules.scenarios=" + FrozenPolicy.SCENARIOS)) {
            NetworkStore store = context.getBean(NetworkStore.class);
            NetworkWrites writes = context.getBean(NetworkWrites.class);
            NetworkReplacement replacement = context.getBean(NetworkReplacement.class);
            replacement.replace(new StoredNetwork(null, members, List.of(), List.of(), List.of()), Reader.service("bench"));
            writes.interactions(Received.json(interactions, false), Reader.service("bench"));
            StoredNetwork stored = store.read();
            System.out.printf("Database %s: %,d members, %,d interactions%n", database, stored.members().size(),
                    stored.interactions().size());
            double[] whole = new double[rounds];
            double[] caughtUp = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                // More members than the change log names: the next read takes the whole store, as every read after
                // a write did before it.
                writes.members(Received.json(members.subList(0, 1001), false), Reader.service("bench"));
                long start = System.nanoTime();
                store.read();
                whole[round] = (System.nanoTime() - start) / 1e6;
                writes.logContact(new Interaction(members.get(round).id(), LocalDate.of(2026, 11, 20),
                        InteractionKind.CALL, "round " + round), Reader.service("bench"));
                start = System.nanoTime();
                store.read();
                caughtUp[round] = (System.nanoTime() - start) / 1e6;
            }
            System.out.printf("First read after an import of 1,001 members (the whole store): median %.0f ms%n", median(whole));
            System.out.printf("First read after a logged contact (caught up): median %.1f ms%n", median(caughtUp));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
