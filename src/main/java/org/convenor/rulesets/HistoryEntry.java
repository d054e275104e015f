package org.convenor.rulesets;

import java.time.Instant;
import java.util.List;

/**
 * One version of a rule set that became active.
 *
 * @param id the entry's commit in the history repository
 * @param version the content hash of the rule set's DRL files, as in every answer
 * @param author the editor who published or restored it, or {@code file system} for a change saved to disk
 * @param files the files this entry changed, as {@code rules/<file>.drl} and {@code scenarios/<file>.yaml}
 * @param acceptedScenarios the scenarios whose new values the editor accepted in the draft it published, with the
 *     title confirmed then; empty for other entries, and for those recorded before accepting was
 */
public record HistoryEntry(String id, String version, String author, String message, Instant at,
        List<String> files, List<AcceptedScenario> acceptedScenarios) {

    public HistoryEntry {
        acceptedScenarios = List.copyOf(acceptedScenarios);
    }

    public HistoryEntry(String id, String version, String author, String message, Instant at, List<String> files) {
        this(id, version, author, message, at, files, List.of());
    }
}
