package org.convenor.scenario;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * What accepting a scenario's new answer did to its file.
 *
 * @param text the scenario file with its failures settled; the file as it was when nothing changed
 * @param changes each value rewritten or {@code expectNone} entry removed, by its path in the file as it was
 * @param unresolved what could not be settled, and why; the editor settles these by hand
 */
public record AcceptResult(String text, List<Change> changes, List<Unresolved> unresolved) {

    /**
     * One value the accept step rewrote.
     *
     * @param path {@code expect.alerts[2].severity}; for a removed entry {@code expectNone.alerts[0]}
     * @param before the value the file had
     * @param after the answer's value; {@code null} when the entry was removed
     */
    @Schema(name = "ScenarioChange")
    public record Change(String path,
            @Schema(implementation = Object.class, types = {"string", "number", "boolean", "object", "array", "null"},
                    description = "The value the file had there, any JSON value")
            JsonNode before,
            @Schema(implementation = Object.class, types = {"string", "number", "boolean", "object", "array", "null"},
                    description = "The value the file has now; null where an expectNone entry was removed")
            JsonNode after) {
    }

    /**
     * A failure the accept step left as it was.
     *
     * @param path {@code expect.alerts[0]}, {@code expect.recommendations[1].reasons}
     * @param reason why, in a sentence: no element with those identifying fields, several, a list of values
     *     that differs, a field the answer does not have
     */
    public record Unresolved(String path, String reason) {
    }

    /** Whether re-running the scenario against the same answer passes. */
    public boolean settled() {
        return unresolved.isEmpty();
    }
}
