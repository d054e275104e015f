package org.convenor.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.convenor.coalitions.CoalitionRequest;
import org.convenor.network.Interaction;
import org.convenor.network.store.ConvenorIncome;
import org.convenor.network.store.StoredInteraction;
import org.convenor.network.store.StoredNetwork;
import org.convenor.system.JsonFormat;

/**
 * Writes a generated network ({@link NetworkGenerator}, seed 42: members, 10 interactions each, 20 coalitions
 * and one campaign) in the shape {@code GET /api/network} answers, so that it can be sent to
 * {@code PUT /api/network} or given to {@code java -jar convenor.jar preview --network=FILE}:
 * {@code -Dbench.main=org.convenor.bench.StoredNetworkWriter -Dbench.args="10000 target/bench/network-10000.json"}.
 */
public final class StoredNetworkWriter {

    private StoredNetworkWriter() {
    }

    public static void main(String[] args) throws IOException {
        int members = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path file = Path.of(args.length > 1 ? args[1] : "target/bench/network-" + members + ".json");
        CoalitionRequest generated = new NetworkGenerator(42).coalitions(members, 10);
        List<StoredInteraction> interactions = new ArrayList<>(generated.interactions().size());
        for (Interaction i : generated.interactions()) {
            interactions.add(new StoredInteraction(null, i.memberId(), i.date(), i.kind(), i.note(), null, null, null));
        }
        StoredNetwork network = new StoredNetwork(new ConvenorIncome(BigDecimal.valueOf(50_000_000), "GBP"),
                generated.members(), interactions, generated.coalitions(), List.of(generated.campaign()));
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.write(file, JsonFormat.mapper().writeValueAsBytes(network));
        System.out.printf("%s: %,d members, %,d interactions, %,d coalitions, 1 campaign, %,d bytes (as of %s)%n", file,
                members, interactions.size(), generated.coalitions().size(), Files.size(file), NetworkGenerator.AS_OF);
    }
}
