package org.convenor.engine;

/** No version of the rule set is active, so its decision cannot be made. */
public class RuleSetUnavailableException extends RuntimeException {

    public RuleSetUnavailableException(String name) {
        super("Rule set '" + name + "' is not loaded; check the service's start-up log and GET /api/rulesets.");
    }
}
