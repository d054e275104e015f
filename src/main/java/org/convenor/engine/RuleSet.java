package org.convenor.engine;

import java.util.List;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * A compiled, immutable rule set. Evaluations share its {@link KieBase}; each takes a clean session from the pool.
 *
 * @param version content hash of the rule set's files: the same files always give the same version
 * @param tables its rules without conditions, fired once for the version rather than once per evaluation
 */
public record RuleSet(String name, String version, List<RuleInfo> rules, KieBase kieBase, KieSessionsPool sessions,
        PolicyTables tables) {

    public RuleSet {
        rules = List.copyOf(rules);
    }

    /**
     * A rule set whose evaluations draw sessions from a pool: Drools resets a pooled session when it is
     * disposed, which is cheaper than building a new one for every request.
     */
    public RuleSet(String name, String version, List<RuleInfo> rules, KieBase kieBase) {
        this(name, version, rules, kieBase, kieBase.newKieSessionsPool(4), PolicyTables.of(kieBase));
    }

    public List<String> ruleNames() {
        return rules.stream().map(RuleInfo::name).toList();
    }

    @Override
    public String toString() {
        return name + "@" + version;
    }
}
