package org.convenor.scenario;

import java.io.Serializable;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * One thing a scenario expected that the answer does not hold, named by its place in the scenario file.
 *
 * @param path where in the scenario: {@code expect.alerts[2].severity}, {@code expectNone.alerts[1]},
 *     {@code expect.alerts[0]} when no element of the answer comes close, {@code given.members[0].country} when
 *     the request itself is refused
 * @param expected what the scenario lists there; {@code "no match"} for an {@code expectNone} element;
 *     {@code null} when the answer could not be made at all
 * @param actual what the answer has there: the differing value, the element that matched an
 *     {@code expectNone} entry, or {@code null} when nothing in the answer comes close
 * @param message the same in one line, as {@code check} and the start-up error print it
 */
public record ScenarioFailure(
        String path,
        @Schema(implementation = Object.class, types = {"string", "number", "boolean", "object", "array", "null"},
                description = "What the scenario lists there, any JSON value; \"no match\" for an expectNone entry")
        JsonNode expected,
        @Schema(implementation = Object.class, types = {"string", "number", "boolean", "object", "array", "null"},
                description = "What the answer has there, any JSON value; null when nothing in the answer comes close")
        JsonNode actual,
        String message) implements Serializable {

    @Override
    public String toString() {
        return message;
    }
}
