package org.convenor.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.convenor.engine.RuleSet;
import org.convenor.fees.FeeAnswer;
import org.convenor.fees.FeeRequest;
import org.convenor.fees.FeeService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How a small fee decision's cost grows with its members: with none, only what every evaluation pays (a session
 * from the pool, the policy tables' facts, the convenor, the fee book rule, the reset); each member adds the
 * rules it passes through and the steps they insert.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx2g"})
public class FeeSizeBenchmark {

    @Param({"0", "1", "2", "20"})
    int members;

    RuleSet ruleSet;
    FeeService service;
    FeeRequest request;

    @Setup
    public void setUp() {
        ruleSet = Fixtures.ruleSet("fees");
        service = Fixtures.fees();
        FeeRequest generated = new NetworkGenerator(7).fees(20);
        request = new FeeRequest(generated.convenor(), List.copyOf(generated.members().subList(0, members)));
    }

    @Benchmark
    public FeeAnswer decide() {
        return service.decide(request, ruleSet);
    }
}
