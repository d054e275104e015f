package org.convenor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.convenor.RunningApp;
import org.convenor.TempRules;

/**
 * Time from a saved DRL change to the new version answering, with the default debounce:
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=org.convenor.bench.ReloadTiming}.
 * Each round rewrites a reason's wording in {@code fees/income-bands.drl} (of a copy of the frozen policy) and
 * polls the fee endpoint until an answer carries it.
 */
public final class ReloadTiming {

    private static final String QUERY = """
            {"convenor": {"annualIncome": 40000000}, "members": [
              {"id": "ngo", "kind": "ORGANISATION", "roles": ["PARTNER"], "country": "US", "annualIncome": 3000000}]}""";

    private ReloadTiming() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        TempRules rules = TempRules.copy(Files.createTempDirectory("convenor-reload"));
        Path drl = rules.rules().resolve("fees/income-bands.drl");
        String template = Files.readString(drl);
        String reason = "\"The band fee is within the ceiling of \"";
        if (!template.contains(reason)) {
            throw new IllegalStateException(drl + " no longer has the reason " + reason + ": update ReloadTiming");
        }
        List<Long> millis = new ArrayList<>();
        try (RunningApp app = RunningApp.start(rules.args("--logging.level.root=WARN"))) {
            for (int round = 1; round <= rounds; round++) {
                String wording = "The band fee (round " + round + ") is within the ceiling of ";
                long written = System.nanoTime();
                Files.writeString(drl, template.replace(reason, "\"" + wording + "\""));
                while (!app.post("/api/fees/assessments", QUERY).body().toString().contains(wording)) {
                    Thread.sleep(5);
                }
                millis.add((System.nanoTime() - written) / 1_000_000);
                Thread.sleep(300);
            }
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("Edit to new version answering, %d rounds, default debounce: median %d ms, min %d ms, max %d ms%n"
                + "all: %s%n", rounds, sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1), millis);
    }
}
