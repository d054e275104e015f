package org.convenor.rulesets.web;

import java.io.Serializable;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.convenor.rulesets.drafts.RuleChanges;

/**
 * What accepting a scenario's new values did, as the draft's page says it: each value rewritten ("path: before
 * → after") and each failure left for the editor to settle by hand ("path: why").
 */
record AcceptView(String scenario, String name, List<String> changes, List<String> unresolved) implements Serializable {

    static AcceptView of(RuleChanges.Accepted accepted) {
        return new AcceptView(accepted.scenario(), accepted.name(),
                accepted.changes().stream().map(c -> c.path() + ": " + text(c.before()) + " → "
                        + (isNull(c.after()) ? "removed" : text(c.after()))).toList(),
                accepted.unresolved().stream().map(u -> u.path() + ": " + u.reason()).toList());
    }

    static String text(JsonNode value) {
        if (isNull(value)) {
            return "nothing";
        }
        return value.isString() ? value.asString() : value.toString();
    }

    private static boolean isNull(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }
}
