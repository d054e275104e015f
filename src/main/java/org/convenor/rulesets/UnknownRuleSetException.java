package org.convenor.rulesets;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No rule set of that name is on disk. */
public class UnknownRuleSetException extends ResponseStatusException {

    public UnknownRuleSetException(String name) {
        super(HttpStatus.NOT_FOUND, "No rule set named '" + name + "'; GET /api/rulesets lists them.");
    }
}
