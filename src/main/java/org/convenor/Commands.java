package org.convenor;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.convenor.coalitions.CoalitionImpact;
import org.convenor.coalitions.CoalitionService;
import org.convenor.engine.Decision;
import org.convenor.engine.RuleEngine;
import org.convenor.engine.RulesProperties;
import org.convenor.engine.compile.RuleSetCompiler;
import org.convenor.fees.FeeImpact;
import org.convenor.fees.FeeService;
import org.convenor.introductions.IntroductionImpact;
import org.convenor.introductions.IntroductionService;
import org.convenor.network.store.NetworkDecision;
import org.convenor.network.store.StoredNetwork;
import org.convenor.relationships.RelationshipImpact;
import org.convenor.relationships.RelationshipService;
import org.convenor.rulesets.RuleSetGate;
import org.convenor.rulesets.cli.CheckCommand;
import org.convenor.rulesets.cli.PreviewCommand;
import org.convenor.scenario.ScenarioLoader;
import org.convenor.scenario.ScenarioRunner;
import org.convenor.system.JsonFormat;
import org.convenor.system.OfficeProperties;
import org.convenor.validation.InvalidInputException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The commands, {@code java -jar convenor.jar check} and {@code preview}, wired by hand: no Spring context, so
 * nothing the service would open (web server, database, file watcher) is opened, and they start in a fraction
 * of the time. The few objects they need are the service's own classes; JSON is read with the API's
 * {@link JsonFormat}, so a scenario's {@code given} is read exactly as a request body.
 */
public final class Commands {

    private Commands() {
    }

    /** Every decision the service answers, as the gate needs them to run scenarios. */
    static List<Decision<?, ?>> decisions(RuleEngine engine, Clock clock) {
        return List.of(new FeeService(engine), new CoalitionService(engine, clock), new RelationshipService(engine, clock),
                new IntroductionService(engine, clock));
    }

    /** {@code java -jar convenor.jar check}: compile every rule set and run its scenarios through the gate. */
    public static int check(String[] args, PrintStream out) {
        StandardEnvironment environment = environment(args);
        logging(environment);
        RulesProperties properties = properties(environment);
        RuleEngine engine = new RuleEngine(properties);
        RuleSetGate gate = gate(new RuleSetCompiler(), decisions(engine, clock(environment)), engine, properties);
        return new CheckCommand(gate, properties.directory(), properties.scenarios(), out).run();
    }

    /** The gate as the service builds it, reading each scenario's {@code given} as the API reads a body. */
    private static RuleSetGate gate(RuleSetCompiler compiler, List<Decision<?, ?>> decisions, RuleEngine engine,
            RulesProperties properties) {
        return new RuleSetGate(compiler, new ScenarioLoader(), new ScenarioRunner(decisions, JsonFormat.mapper(), engine),
                properties);
    }

    /**
     * {@code java -jar convenor.jar preview --rules=DIR --network=FILE [--scenarios=DIR] [--as-of=YYYY-MM-DD]}:
     * what the rule sets in DIR would change, against the service's rules folder, for a network exported with
     * {@code GET /api/network} (see {@link PreviewCommand}). The scenarios default to the service's folder, the
     * day to today in the office's time zone.
     */
    public static int preview(String[] args, PrintStream out) {
        StandardEnvironment environment = environment(args);
        logging(environment);
        // The command's own options come from its command line only, never from a like-named variable.
        SimpleCommandLinePropertySource options = new SimpleCommandLinePropertySource(args);
        String rules = options.getProperty("rules");
        String network = options.getProperty("network");
        if (rules == null || network == null) {
            out.println("Usage: preview --rules=DIR --network=FILE [--scenarios=DIR] [--as-of=YYYY-MM-DD]");
            out.println("  DIR holds the changed rule sets, one folder each; FILE is the network as GET /api/network"
                    + " answers it.");
            return 2;
        }
        RulesProperties properties = properties(environment);
        JsonMapper json = JsonFormat.mapper();
        StoredNetwork stored;
        LocalDate asOf;
        try {
            stored = json.readValue(Path.of(network).toFile(), StoredNetwork.class);
            String day = options.getProperty("as-of");
            asOf = day == null ? LocalDate.now(clock(environment)) : LocalDate.parse(day);
        } catch (JacksonException | DateTimeParseException e) {
            out.println("Cannot read " + (e instanceof DateTimeParseException ? "--as-of" : network) + ": "
                    + e.getMessage());
            return 2;
        }
        RuleEngine engine = new RuleEngine(properties);
        FeeService fees = new FeeService(engine);
        CoalitionService coalitions = new CoalitionService(engine, clock(environment));
        RelationshipService relationships = new RelationshipService(engine, clock(environment));
        IntroductionService introductions = new IntroductionService(engine, clock(environment));
        RuleSetCompiler compiler = new RuleSetCompiler();
        RuleSetGate gate = gate(compiler, List.of(fees, coalitions, relationships, introductions), engine, properties);
        List<NetworkDecision> overNetwork = List.of(new FeeImpact(fees, json), new CoalitionImpact(coalitions, json),
                new RelationshipImpact(relationships, json), new IntroductionImpact(introductions, json, Duration.ZERO));
        String scenarios = options.getProperty("scenarios");
        try {
            return new PreviewCommand(compiler, gate, overNetwork, out)
                    .run(properties.directory(), Path.of(rules), scenarios == null ? properties.scenarios()
                            : Path.of(scenarios), stored, asOf);
        } catch (InvalidInputException e) {
            out.println("The network in " + network + " is not one the service would take:");
            e.problems().forEach(problem -> out.println("  " + problem.field() + ": " + problem.message()));
            return 2;
        }
    }

    /**
     * Settings as the service would read them: the command line ({@code --convenor.rules.directory=…}), Java
     * system properties, the environment ({@code CONVENOR_RULES_DIRECTORY}) and the packaged defaults.
     */
    static StandardEnvironment environment(String[] args) {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
            environment.getPropertySources().addLast(new ResourcePropertySource("classpath:application.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the packaged application.properties", e);
        }
        return environment;
    }

    /** The office's clock, as the service makes it from {@code convenor.time-zone}. */
    static Clock clock(StandardEnvironment environment) {
        return Binder.get(environment).bindOrCreate("convenor", Bindable.of(OfficeProperties.class)).clock();
    }

    static RulesProperties properties(StandardEnvironment environment) {
        return Binder.get(environment).bindOrCreate("convenor.rules", Bindable.of(RulesProperties.class));
    }

    /** Warnings and errors only, unless {@code logging.level.*} says otherwise, in the service's log format. */
    private static void logging(StandardEnvironment environment) {
        LoggingSystem logging = LoggingSystem.get(Commands.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), null, null);
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        Binder.get(environment).bind("logging.level", Bindable.mapOf(String.class, LogLevel.class))
                .orElse(Map.of())
                .forEach((logger, level) -> logging.setLogLevel(
                        logger.equalsIgnoreCase("root") ? LoggingSystem.ROOT_LOGGER_NAME : logger, level));
    }
}
