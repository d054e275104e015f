package org.convenor.rulesets;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.convenor.scenario.AcceptResult;

/**
 * A scenario whose new values an editor accepted in a draft, with the title it kept or was given then: a decision
 * that the change is meant, recorded in the history entry that puts the draft live.
 *
 * @param scenario the file, {@code scenarios/<file>.yaml}
 * @param name the scenario's title as the editor confirmed or reworded it
 * @param changes each value the accept rewrote or {@code expectNone} entry it removed
 */
public record AcceptedScenario(String scenario, String name, List<AcceptResult.Change> changes) {

    /** A line of an entry's commit message per accepted scenario, after the editor's message. */
    static final String TRAILER = "Accepted-Scenario: ";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public AcceptedScenario {
        changes = List.copyOf(changes);
    }

    /** The editor's message followed by a trailer line for each accepted scenario: what the history commits. */
    public static String message(String message, List<AcceptedScenario> accepted) {
        if (accepted.isEmpty()) {
            return message;
        }
        StringBuilder full = new StringBuilder(message).append("\n\n");
        accepted.forEach(scenario -> full.append(TRAILER).append(JSON.writeValueAsString(scenario)).append('\n'));
        return full.toString();
    }

    /** The editor's message of a commit message, the trailers left out. */
    static String messageOf(String commitMessage) {
        return String.join("\n", commitMessage.lines().filter(line -> !line.startsWith(TRAILER)).toList()).strip();
    }

    /** The accepted scenarios a commit message records; none for an entry made before they were recorded. */
    static List<AcceptedScenario> of(String commitMessage) {
        List<AcceptedScenario> accepted = new ArrayList<>();
        commitMessage.lines().filter(line -> line.startsWith(TRAILER)).forEach(line -> {
            try {
                accepted.add(JSON.readValue(line.substring(TRAILER.length()), AcceptedScenario.class));
            } catch (JacksonException e) {
                // A line someone wrote by hand in the history's git repository: a message line, not a record.
            }
        });
        return accepted;
    }
}
