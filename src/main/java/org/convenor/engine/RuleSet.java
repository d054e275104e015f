package org.convenor.engine;

import java.util.List;

import org.kie.api.KieBase;

/**
 * A compiled, immutable rule set. Evaluations share its {@link KieBase}; each gets a fresh session.
 *
 * @param version content hash of the rule set's files: the same files always give the same version
 */
public record RuleSet(String name, String version, List<RuleInfo> rules, KieBase kieBase) {

    public RuleSet {
        rules = List.copyOf(rules);
    }

    public List<String> ruleNames() {
        return rules.stream().map(RuleInfo::name).toList();
    }

    @Override
    public String toString() {
        return name + "@" + version;
    }
}
