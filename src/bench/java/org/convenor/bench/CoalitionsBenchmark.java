package org.convenor.bench;

import java.util.concurrent.TimeUnit;

import org.convenor.bench.plain.PlainCoalitions;
import org.convenor.coalitions.CoalitionAnswer;
import org.convenor.coalitions.CoalitionRequest;
import org.convenor.coalitions.CoalitionService;
import org.convenor.engine.RuleSet;
import org.convenor.engine.RuleSetRef;
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

/** Coalition recommendations for a network of 1,000 members with 5,000 interactions, in process. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx2g"})
public class CoalitionsBenchmark {

    RuleSet ruleSet;
    CoalitionService service;
    CoalitionRequest request;

    RuleSetRef ruleSetRef;

    @Setup
    public void setUp() {
        ruleSet = Fixtures.ruleSet("coalitions");
        ruleSetRef = RuleSetRef.of(ruleSet);
        service = Fixtures.coalitions();
        request = new NetworkGenerator(42).coalitions(1000, 5);
    }

    @Benchmark
    public CoalitionAnswer recommendations() {
        return service.decide(request, ruleSet);
    }

    /** The same decision written by hand in plain Java: the yardstick (see PlainEquivalenceTests). */
    @Benchmark
    public CoalitionAnswer plain() {
        return PlainCoalitions.decide(request, ruleSetRef);
    }
}
