package org.convenor.rulesets.drafts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;

/**
 * What a draft would change over the stored network, against the version answering now: decisions added,
 * removed and changed, each under its subject ({@code {memberId, kind}} for an alert, {@code {memberId}} for
 * a fee assessment, {@code {campaignId, sector}} for a recommendation). Unchanged decisions are counted.
 *
 * @param base the active version
 * @param candidate the draft's version, which has no history entry yet
 * @param portfolio the fee book before and after, for the fees rule set
 */
public record Preview(String ruleSet, VersionRef base, VersionRef candidate, LocalDate asOf, Summary summary,
        List<Change> changes, @Nullable PortfolioChange portfolio) {

    /** @param id the history entry; {@code null} for a draft not yet published */
    public record VersionRef(@Nullable String id, String version) {
    }

    @Schema(name = "PreviewSummary")
    public record Summary(int added, int removed, int changed, int unchanged) {
    }

    @Schema(name = "DecisionChangeKind")
    public enum ChangeKind {
        ADDED, REMOVED, CHANGED
    }

    /**
     * @param before the answer element as the active version gives it; {@code null} when ADDED
     * @param after the answer element as the draft gives it; {@code null} when REMOVED
     */
    @Schema(name = "DecisionChange")
    public record Change(Map<String, String> subject, ChangeKind change,
            @Schema(implementation = Object.class, types = {"object", "null"}) @Nullable JsonNode before,
            @Schema(implementation = Object.class, types = {"object", "null"}) @Nullable JsonNode after) {
    }

    public record PortfolioChange(
            @Schema(implementation = Object.class, types = {"object", "null"}) @Nullable JsonNode before,
            @Schema(implementation = Object.class, types = {"object", "null"}) @Nullable JsonNode after) {
    }
}
