package org.convenor.bench;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.convenor.bench.plain.PlainRelationships;
import org.convenor.engine.RuleSet;
import org.convenor.engine.RuleSetRef;
import org.convenor.relationships.RelationshipAnswer;
import org.convenor.relationships.RelationshipRequest;
import org.convenor.relationships.RelationshipService;
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
 * Relationship alerts as the network grows, 10 interactions per member. The rules join on member ids, so the
 * time per member should stay roughly flat: divide the score by the member count.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx2g"})
public class RelationshipsBenchmark {

    @Param({"1000", "10000", "100000"})
    int members;

    /** Members per part where the rules allow evaluation in parts; a number above members means whole. */
    @Param({"1000"})
    int membersPerPart;

    RuleSet ruleSet;
    RelationshipService service;
    RelationshipRequest request;

    RuleSetRef ruleSetRef;

    @Setup
    public void setUp() {
        ruleSet = Fixtures.ruleSet("relationships");
        ruleSetRef = RuleSetRef.of(ruleSet);
        service = new RelationshipService(Fixtures.ENGINE, Clock.systemUTC(), membersPerPart);
        request = new NetworkGenerator(42).relationships(members, 10);
    }

    @Benchmark
    public RelationshipAnswer alerts() {
        return service.decide(request, ruleSet);
    }

    /** The same decision written by hand in plain Java: the yardstick (see PlainEquivalenceTests). */
    @Benchmark
    public RelationshipAnswer plain() {
        return PlainRelationships.decide(request, ruleSetRef);
    }
}
