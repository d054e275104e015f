package org.convenor.scenario;

import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Given facts and the decisions expected of one rule set, as staff write them in
 * {@code scenarios/<rule set>/<what it shows>.yaml}.
 *
 * @param given exactly the request body of the rule set's endpoint, dates written {@code "N days before asOf"}
 *     already resolved
 * @param expect each listed object must match some element of the answer (listed fields only)
 * @param expectNone each listed object must match no element of the answer
 */
public record Scenario(String ruleSet, Path file, String name, String description, JsonNode given,
        ObjectNode expect, ObjectNode expectNone) {

    /** {@code fees/global-south.yaml}: how reports and errors point at the file. */
    public String location() {
        return ruleSet + "/" + file.getFileName();
    }
}
