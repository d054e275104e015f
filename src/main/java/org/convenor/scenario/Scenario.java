package org.convenor.scenario;

import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Given facts and the decisions expected of one rule set, as staff write them in
 * {@code scenarios/<rule set>/<what it shows>.yaml}.
 *
 * @param given exactly the request body of the rule set's endpoint, dates written {@code "N days before asOf"}
 *     already resolved; phrases naming the policy tables ({@link PolicyPhrases}) are resolved when it runs
 * @param expect each listed object must match some element of the answer (listed fields only)
 * @param expectNone each listed object must match no element of the answer
 * @param text the file as written, phrases and all: where a phrase that names nothing is found, by line
 */
public record Scenario(String ruleSet, Path file, String name, String description, JsonNode given,
        ObjectNode expect, ObjectNode expectNone, String text) {

    /** {@code fees/global-south.yaml line 14}, or without the line when the path is not found in the text. */
    public String location(String path) {
        return location() + YamlText.line(text, path).map(line -> " line " + line).orElse("");
    }

    /** {@code fees/global-south.yaml}: how reports and errors point at the file. */
    public String location() {
        return ruleSet + "/" + file.getFileName();
    }
}
