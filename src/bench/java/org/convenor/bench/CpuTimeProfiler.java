package org.convenor.bench;

import java.lang.management.ManagementFactory;
import java.util.List;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the whole benchmark JVM (benchmark, GC and compiler threads) per operation, beside JMH's wall
 * clock: {@code -prof org.convenor.bench.CpuTimeProfiler}. On two cores shared with other builds the wall
 * clock also counts time spent waiting for a core; CPU time per operation does not, so it is the steadier
 * figure to compare when the machine is busy (it still moves with cache and frequency effects).
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private long cpuAtStart;

    @Override
    public String getDescription() {
        return "process CPU time per operation (all JVM threads)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        cpuAtStart = processCpuNanos();
    }

    @Override
    public List<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
            IterationResult result) {
        long ops = Math.max(1, result.getMetadata().getMeasuredOps());
        double nanosPerOp = (double) (processCpuNanos() - cpuAtStart) / ops;
        return List.of(new ScalarResult("cpu.time.norm", nanosPerOp / 1e6, "ms/op", AggregationPolicy.AVG));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
