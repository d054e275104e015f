package org.convenor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;

import org.convenor.engine.RuleSet;
import org.convenor.relationships.RelationshipRequest;
import org.convenor.relationships.RelationshipService;

/**
 * Relationship alerts at 1,000, 10,000 and 100,000 members (10 interactions each) in one JVM: the median time
 * of several runs and the peak heap each size needs, in process (the decision the alerts endpoints make).
 * Run it in the heap the service ships with to see what fits:
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=org.convenor.bench.AlertScaling -Dbench.args=5
 * -Dbench.jvm="-XX:+UseParallelGC -Xms2g -Xmx2g"}
 */
public final class AlertScaling {

    private AlertScaling() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int[] sizes = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 10_000, 100_000};
        RuleSet ruleSet = Fixtures.ruleSet("relationships");
        RelationshipService service = Fixtures.relationships();
        System.out.printf("max heap %,d MB, %s%n", Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(gc -> gc.getName()).toList());
        double[] medians = new double[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            RelationshipRequest request = new NetworkGenerator(42).relationships(sizes[s], 10);
            try {
                // At least two runs and three seconds, so the small sizes are measured compiled too.
                long warmUntil = System.nanoTime() + 3_000_000_000L;
                for (int warm = 0; warm < 2 || System.nanoTime() < warmUntil; warm++) {
                    service.decide(request, ruleSet);
                }
                System.gc();
                long before = usedHeap();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                double[] millis = new double[runs];
                for (int r = 0; r < runs; r++) {
                    long start = System.nanoTime();
                    service.decide(request, ruleSet);
                    millis[r] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(millis);
                medians[s] = millis[runs / 2];
                System.out.printf("%,d members, %,d interactions: median %.0f ms over %d runs (%.1f µs per member, "
                        + "min %.0f, max %.0f); peak heap %,d MB (request and generator alone %,d MB)%n", sizes[s],
                        sizes[s] * 10, medians[s], runs, medians[s] * 1000 / sizes[s], millis[0], millis[runs - 1],
                        peakHeap() >> 20, before >> 20);
            } catch (OutOfMemoryError e) {
                System.out.printf("%,d members, %,d interactions: OutOfMemoryError in a %,d MB heap%n", sizes[s],
                        sizes[s] * 10, Runtime.getRuntime().maxMemory() >> 20);
                return;
            }
        }
        for (int s = 1; s < sizes.length; s++) {
            System.out.printf("time ratio %,d / %,d members: %.1f (linear is %.0f)%n", sizes[s], sizes[s - 1],
                    medians[s] / medians[s - 1], (double) sizes[s] / sizes[s - 1]);
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound on the heap in use at once. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
