package org.convenor.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dates in a scenario's {@code given} written relative to its {@code asOf}: {@code "91 days before asOf"},
 * {@code "1 day before asOf"}, {@code "0 days before asOf"}. Each is replaced by the ISO date before the body is
 * read as a request, so a scenario about "91 days without contact" says so, and survives a change of
 * {@code asOf}. Anything else is left for the strict request reading, except a phrase that is nearly one of
 * these (a typo, "after", "ago"), which is an error naming where it is.
 */
final class RelativeDates {

    static final String FORM = "\"N days before asOf\"";

    private static final Pattern PHRASE = Pattern.compile("\\s*(\\d{1,6}) days? before asOf\\s*");

    /** "91 days after asOf", "91 days ago", "ninety days before asOf", "91 Days before asof", "91 days before as of". */
    private static final Pattern NEARLY = Pattern.compile("(?i)\\s*(?:[-+]?\\w+\\s*days?\\s+(?:before|after|from|to)\\s+\\S+"
            + "|[-+]?\\w+\\s*days?\\s+ago|.{0,20}\\bbefore\\s+as\\s*of)\\W*");

    private RelativeDates() {
    }

    /**
     * A copy of {@code given} with every relative date resolved; {@code given} itself when it has none.
     *
     * @throws ScenarioFormatException naming the file and the path: a relative date without a valid
     *     {@code given.asOf}, or a phrase that is nearly a relative date
     */
    static JsonNode resolve(String location, JsonNode given) {
        Resolver resolver = new Resolver(location, given.get("asOf"));
        JsonNode resolved = resolver.resolve("given", given);
        return resolver.changed ? resolved : given;
    }

    private static final class Resolver {

        private final String location;
        private final JsonNode asOf;
        private LocalDate base;
        private boolean changed;

        Resolver(String location, JsonNode asOf) {
            this.location = location;
            this.asOf = asOf;
        }

        JsonNode resolve(String path, JsonNode node) {
            if (node.isObject()) {
                ObjectNode copy = JsonNodeFactory.instance.objectNode();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    copy.set(field.getKey(), resolve(path + "." + field.getKey(), field.getValue()));
                }
                return copy;
            }
            if (node.isArray()) {
                ArrayNode copy = JsonNodeFactory.instance.arrayNode();
                for (int i = 0; i < node.size(); i++) {
                    copy.add(resolve(path + "[" + i + "]", node.get(i)));
                }
                return copy;
            }
            if (!node.isString()) {
                return node;
            }
            String text = node.asString();
            if (PolicyPhrases.mentions(text)) {
                return node; // resolved when the scenario runs, against the tables of the version under test
            }
            Matcher phrase = PHRASE.matcher(text);
            if (phrase.matches()) {
                if (path.equals("given.asOf")) {
                    throw problem(path, "asOf is the date relative dates count back from; write it as a date, e.g. 2026-11-25");
                }
                changed = true;
                return JsonNodeFactory.instance.stringNode(base(path, text).minusDays(Long.parseLong(phrase.group(1))).toString());
            }
            if (NEARLY.matcher(text).matches()) {
                throw problem(path, "'" + text + "' is not a date; a date relative to asOf is written " + FORM
                        + ", e.g. \"91 days before asOf\" or \"1 day before asOf\"");
            }
            return node;
        }

        private LocalDate base(String path, String text) {
            if (base != null) {
                return base;
            }
            if (asOf == null || asOf.isNull()) {
                throw problem(path, "'" + text + "' counts back from given.asOf, which is missing; add asOf: YYYY-MM-DD to given");
            }
            try {
                base = LocalDate.parse(asOf.asString());
            } catch (DateTimeParseException e) {
                throw problem("given.asOf", "'" + asOf.asString() + "' is not a date (YYYY-MM-DD), so '" + text + "' at "
                        + path + " cannot be counted back from it");
            }
            return base;
        }

        private ScenarioFormatException problem(String path, String what) {
            return new ScenarioFormatException(location, path + ": " + what);
        }
    }
}
