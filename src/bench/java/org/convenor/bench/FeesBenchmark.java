package org.convenor.bench;

import java.util.concurrent.TimeUnit;

import org.convenor.bench.plain.PlainFees;
import org.convenor.engine.RuleSet;
import org.convenor.engine.RuleSetRef;
import org.convenor.fees.FeeAnswer;
import org.convenor.fees.FeeRequest;
import org.convenor.fees.FeeService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Fee assessments for 1,000 members, in process. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx2g"})
public class FeesBenchmark {

    RuleSet ruleSet;
    FeeService service;
    FeeRequest request;

    RuleSetRef ruleSetRef;

    @Setup
    public void setUp() {
        ruleSet = Fixtures.ruleSet("fees");
        ruleSetRef = RuleSetRef.of(ruleSet);
        service = Fixtures.fees();
        request = new NetworkGenerator(42).fees(1000);
    }

    @Benchmark
    public FeeAnswer assessments() {
        return service.decide(request, ruleSet);
    }

    /** The same decision written by hand in plain Java: the yardstick (see PlainEquivalenceTests). */
    @Benchmark
    public FeeAnswer plain() {
        return PlainFees.decide(request, ruleSetRef);
    }
}
