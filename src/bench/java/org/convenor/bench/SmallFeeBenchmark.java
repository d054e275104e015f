package org.convenor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.json.JsonMapper;

import org.convenor.coalitions.CoalitionRequest;
import org.convenor.engine.FiredRule;
import org.convenor.engine.RuleSet;
import org.convenor.fees.FeeAnswer;
import org.convenor.fees.FeeRequest;
import org.convenor.fees.FeeService;
import org.convenor.relationships.RelationshipRequest;
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
 * The HTTP comparison's small fee request ({@code docs/examples/fee-query.json}, two members) in process:
 * the decision alone, and the decision with its answer written as the API writes it (the same mapper). What
 * the HTTP fee endpoint costs beyond the no-op one, minus HTTP.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgs = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx2g"})
public class SmallFeeBenchmark {

    RuleSet ruleSet;
    FeeService service;
    FeeRequest request;
    JsonMapper json;
    byte[] body;
    FeeAnswer answer;
    FeeAnswer answerWithoutDescriptions;

    /**
     * Whether the other two rule sets decide first, as in the service, where every rule set has run its
     * scenarios before the first request: the JIT then sees Drools' shared code used by three rule sets.
     */
    @Param({"false", "true"})
    boolean othersFirst;

    @Setup
    public void setUp() throws IOException {
        if (othersFirst) {
            RuleSet coalitions = Fixtures.ruleSet("coalitions");
            RuleSet relationships = Fixtures.ruleSet("relationships");
            CoalitionRequest coalitionRequest = new NetworkGenerator(7).coalitions(20, 5);
            RelationshipRequest relationshipRequest = new NetworkGenerator(7).relationships(20, 5);
            for (int i = 0; i < 20_000; i++) {
                Fixtures.coalitions().decide(coalitionRequest, coalitions);
                Fixtures.relationships().decide(relationshipRequest, relationships);
            }
        }
        ruleSet = Fixtures.ruleSet("fees");
        service = Fixtures.fees();
        json = Fixtures.json();
        body = Files.readAllBytes(Path.of("docs/examples/fee-query.json"));
        request = json.readValue(body, FeeRequest.class);
        answer = service.decide(request, ruleSet);
        answerWithoutDescriptions = new FeeAnswer(answer.ruleSet(), answer.assessments(), answer.portfolio(),
                answer.alerts(), answer.firedRules().stream()
                        .map(rule -> new FiredRule(rule.rule(), "", rule.facts())).toList());
    }

    @Benchmark
    public FeeAnswer decide() {
        return service.decide(request, ruleSet);
    }

    /** Only writing the answer, most of it the explanation (the rules that fired, with their descriptions). */
    @Benchmark
    public byte[] write() {
        return json.writeValueAsBytes(answer);
    }

    /**
     * The same answer with every rule description empty: what writing the descriptions costs, and so the most
     * that writing them once per rule set version (they depend on the version, not the request) could save.
     */
    @Benchmark
    public byte[] writeWithoutDescriptions() {
        return json.writeValueAsBytes(answerWithoutDescriptions);
    }

    /** Read the body, decide, write the answer: the fee endpoint's work without HTTP. */
    @Benchmark
    public byte[] readDecideWrite() {
        return json.writeValueAsBytes(service.decide(json.readValue(body, FeeRequest.class), ruleSet));
    }
}
