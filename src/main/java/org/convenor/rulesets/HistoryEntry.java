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
 * @param approvedBy the EDITORs who approved the draft as it was published; empty for a change no one approved (a
 *     restore, a change saved to disk, anything from before approvals)
 * @param acceptedScenarios the scenarios whose new values the editor accepted in the draft it published, with the
 *     title confirmed then; empty for other entries, and for those recorded before accepting was
 */
public record HistoryEntry(String id, String version, String author, String message, Instant at,
        List<String> files, List<String> approvedBy, List<AcceptedScenario> acceptedScenarios) {

    public HistoryEntry {
        approvedBy = List.copyOf(approvedBy);
        acceptedScenarios = List.copyOf(acceptedScenarios);
    }
}
