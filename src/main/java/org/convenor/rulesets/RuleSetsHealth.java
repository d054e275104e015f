package org.convenor.rulesets;

import java.util.List;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.RulesProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** DOWN while any rule set the service needs has no active version: its decisions cannot be made. */
@Component("ruleSets")
class RuleSetsHealth implements HealthIndicator {

    private final ActiveRuleSets active;
    private final List<String> required;

    RuleSetsHealth(ActiveRuleSets active, RulesProperties properties) {
        this.active = active;
        this.required = properties.required();
    }

    @Override
    public Health health() {
        List<String> missing = required.stream().filter(name -> active.find(name).isEmpty()).toList();
        Health.Builder health = missing.isEmpty() ? Health.up() : Health.down().withDetail("missing", missing);
        active.all().forEach((name, activation) -> health.withDetail(name, activation.ruleSet().version()));
        return health.build();
    }
}
