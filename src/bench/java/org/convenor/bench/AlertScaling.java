package org.convenor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import org.convenor.engine.RuleSet;
import org.convenor.relationships.RelationshipRequest;
import org.convenor.relationships.RelationshipService;

/**
 * Relationship alerts at 10,000 and 100,000 members (10 interactions each) in one JVM: the median time of
 * several runs and the peak heap each size needs.
 * {@code ./mvnw -q -Pbench test-compile exec:exec -Dbench.main=org.convenor.bench.AlertScaling -Dbench.args=5}
 */
public final class AlertScaling {

    private AlertScaling() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        RuleSet ruleSet = Fixtures.ruleSet("relationships");
        RelationshipService service = Fixtures.relationships();
        double[] medians = new double[2];
        int[] sizes = {10_000, 100_000};
        for (int s = 0; s < sizes.length; s++) {
            RelationshipRequest request = new NetworkGenerator(42).relationships(sizes[s], 10);
            for (int warm = 0; warm < 2; warm++) {
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
            java.util.Arrays.sort(millis);
            medians[s] = millis[runs / 2];
            System.out.printf("%,d members, %,d interactions: median %.0f ms over %d runs (%.1f µs per member); "
                    + "peak heap %,d MB (input and generator %,d MB)%n", sizes[s], sizes[s] * 10, medians[s], runs,
                    medians[s] * 1000 / sizes[s], peakHeap() >> 20, before >> 20);
        }
        System.out.printf("time ratio 100,000 / 10,000 members: %.1f (linear is 10)%n", medians[1] / medians[0]);
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
