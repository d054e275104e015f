package org.convenor.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where rule sets and their scenarios live on disk, and how much work one evaluation may do.
 *
 * @param directory one folder per rule set, each holding its DRL files
 * @param scenarios one folder per rule set, each holding its scenario YAML files
 * @param required rule sets the service needs to be healthy
 * @param maxFiringsPerFact bound on rule firings per input fact: a looping rule fails the request instead
 *        of holding its thread
 * @param reloadDebounce quiet time after the last saved file before a reload is attempted
 * @param gateTimeout how long a candidate's scenarios may run before it is rejected: a rule stuck inside its
 *        consequence must not hold the reload (or start-up) forever
 */
@ConfigurationProperties("convenor.rules")
public record RulesProperties(
        @DefaultValue("rules") Path directory,
        @DefaultValue("scenarios") Path scenarios,
        @DefaultValue({"fees", "coalitions", "relationships", "introductions"}) List<String> required,
        @DefaultValue("100") int maxFiringsPerFact,
        @DefaultValue("500ms") Duration reloadDebounce,
        @DefaultValue("60s") Duration gateTimeout) {
}
