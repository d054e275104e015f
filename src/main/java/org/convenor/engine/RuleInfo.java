package org.convenor.engine;

import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.Description;

/** A rule as staff wrote it: its name, why it exists, and the file it lives in. */
public record RuleInfo(String name, String description, String file) {

    /** The rule's {@code @description("...")}, which Drools files under the annotation's class name. */
    public static String descriptionOf(Rule rule) {
        Object description = rule.getMetaData().get(Description.class.getName());
        if (description == null) {
            description = rule.getMetaData().get("description");
        }
        return description == null ? "" : description.toString();
    }
}
