package org.convenor.bench;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.convenor.engine.RuleSet;
import org.convenor.introductions.IntroductionAnswer;
import org.convenor.introductions.IntroductionRequest;
import org.convenor.introductions.IntroductionService;
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
 * Introductions as the network grows, 10 interactions per member, one link per ten members. The rules join on
 * sector and pod (10 members of a sector weighed together), so the time per member should stay roughly flat:
 * divide the score by the member count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx2g"})
public class IntroductionsBenchmark {

    @Param({"1000", "10000", "100000"})
    int members;

    RuleSet ruleSet;
    IntroductionService service;
    IntroductionRequest request;

    @Setup
    public void setUp() {
        ruleSet = Fixtures.ruleSet("introductions");
        service = new IntroductionService(Fixtures.ENGINE, Clock.systemUTC());
        request = new NetworkGenerator(42).introductions(members, 10);
    }

    @Benchmark
    public IntroductionAnswer introductions() {
        return service.decide(request, ruleSet);
    }
}
