package org.convenor.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/** Answer and scenario values written the way staff write them in a scenario: short, YAML-like, one line. */
final class Values {

    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_.@/+-]+");

    private Values() {
    }

    /** {@code WARNING}, {@code 250.0}, {@code "every 60 days."}, {@code {memberId: a, amount: 250}}, {@code absent}. */
    static String show(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "absent";
        }
        if (value.isString()) {
            String text = value.asString();
            return BARE.matcher(text).matches() ? text : value.toString();
        }
        if (value.isArray()) {
            List<String> elements = new ArrayList<>();
            value.forEach(element -> elements.add(show(element)));
            return "[" + String.join(", ", elements) + "]";
        }
        if (value.isObject()) {
            List<String> fields = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                fields.add(field.getKey() + ": " + show(field.getValue()));
            }
            return "{" + String.join(", ", fields) + "}";
        }
        return value.toString();
    }
}
