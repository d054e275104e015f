package org.convenor;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.convenor.coalitions.CoalitionService;
import org.convenor.engine.Decision;
import org.convenor.engine.RuleEngine;
import org.convenor.engine.RuleSetCompiler;
import org.convenor.engine.RulesProperties;
import org.convenor.fees.FeeService;
import org.convenor.relationships.RelationshipService;
import org.convenor.rulesets.CheckCommand;
import org.convenor.rulesets.RuleSetGate;
import org.convenor.scenario.ScenarioLoader;
import org.convenor.scenario.ScenarioRunner;
import org.convenor.system.JsonFormat;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * {@code java -jar convenor.jar check}, wired by hand: no Spring context, so nothing the service would open
 * (web server, database, file watcher) is opened, and it starts in a fraction of the time. The few objects it
 * needs are the service's own classes; JSON is read with the API's {@link JsonFormat}, so a scenario's
 * {@code given} is read exactly as a request body.
 */
public final class Check {

    private Check() {
    }

    /** Every decision the service answers, as the gate needs them to run scenarios. */
    static List<Decision<?, ?>> decisions(RuleEngine engine) {
        return List.of(new FeeService(engine), new CoalitionService(engine), new RelationshipService(engine));
    }

    public static int run(String[] args, PrintStream out) {
        StandardEnvironment environment = environment(args);
        logging(environment);
        RulesProperties properties = properties(environment);
        RuleEngine engine = new RuleEngine(properties);
        ScenarioLoader loader = new ScenarioLoader();
        RuleSetGate gate = new RuleSetGate(new RuleSetCompiler(), loader,
                new ScenarioRunner(decisions(engine), JsonFormat.mapper()), properties);
        return new CheckCommand(gate, properties.directory(), properties.scenarios(), out).run();
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

    static RulesProperties properties(StandardEnvironment environment) {
        return Binder.get(environment).bindOrCreate("convenor.rules", Bindable.of(RulesProperties.class));
    }

    /** Warnings and errors only, unless {@code logging.level.*} says otherwise, in the service's log format. */
    private static void logging(StandardEnvironment environment) {
        LoggingSystem logging = LoggingSystem.get(Check.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(environment), null, null);
        logging.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        Binder.get(environment).bind("logging.level", Bindable.mapOf(String.class, LogLevel.class))
                .orElse(Map.of())
                .forEach((logger, level) -> logging.setLogLevel(
                        logger.equalsIgnoreCase("root") ? LoggingSystem.ROOT_LOGGER_NAME : logger, level));
    }
}
