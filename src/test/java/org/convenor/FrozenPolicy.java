package org.convenor;

import java.nio.file.Path;

/**
 * The default policy as shipped, frozen under {@code src/test/resources/policy}: every test but the live
 * scenarios runs on it, so a staff edit to {@code rules/} that passes the gate never turns the build red.
 * Refresh it only when the shipped default policy changes on purpose.
 */
public final class FrozenPolicy {

    public static final Path RULES = Path.of("src/test/resources/policy/rules");
    public static final Path SCENARIOS = Path.of("src/test/resources/policy/scenarios");

    private FrozenPolicy() {
    }

    public static Path rules(String ruleSet) {
        return RULES.resolve(ruleSet);
    }
}
