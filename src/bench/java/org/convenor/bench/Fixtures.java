package org.convenor.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.convenor.FrozenPolicy;
import org.convenor.coalitions.CoalitionService;
import org.convenor.engine.RuleEngine;
import org.convenor.engine.RuleSet;
import org.convenor.engine.RulesProperties;
import org.convenor.engine.compile.RuleSetCompiler;
import org.convenor.fees.FeeService;
import org.convenor.relationships.RelationshipService;
import org.convenor.system.JsonFormat;

/** The services as the application wires them, without Spring, for in-process benchmarks. */
public final class Fixtures {

    public static final RulesProperties PROPERTIES = new RulesProperties(FrozenPolicy.RULES, FrozenPolicy.SCENARIOS,
            List.of(), 100, Duration.ofMillis(500), Duration.ofSeconds(60));

    public static final RuleEngine ENGINE = new RuleEngine(PROPERTIES);

    private Fixtures() {
    }

    /** The JSON mapper as the HTTP API configures it. */
    public static JsonMapper json() {
        return JsonFormat.mapper();
    }

    public static RuleSet ruleSet(String name) {
        return new RuleSetCompiler().compile(name, FrozenPolicy.rules(name));
    }

    public static FeeService fees() {
        return new FeeService(ENGINE);
    }

    public static CoalitionService coalitions() {
        return new CoalitionService(ENGINE, Clock.systemUTC());
    }

    public static RelationshipService relationships() {
        return new RelationshipService(ENGINE, Clock.systemUTC());
    }
}
