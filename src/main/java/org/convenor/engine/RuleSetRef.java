package org.convenor.engine;

/** Which rule set, at which version, made a decision. */
public record RuleSetRef(String name, String version) {

    public static RuleSetRef of(RuleSet ruleSet) {
        return new RuleSetRef(ruleSet.name(), ruleSet.version());
    }
}
