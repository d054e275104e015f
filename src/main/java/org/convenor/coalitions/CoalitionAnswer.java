package org.convenor.coalitions;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.engine.FiredRule;
import org.convenor.engine.RuleSetRef;
import org.convenor.network.Sector;

public record CoalitionAnswer(RuleSetRef ruleSet, List<SectorRecommendation> recommendations,
        List<CoalitionWarning> warnings, List<RespectedDecline> respectedDeclines, List<FiredRule> firedRules) {

    /** @param gap true when nobody in the network holds this sector */
    /**
     * @param named the members its reasons name (whom we know in a world where we have no voice), by id: only
     *        those the caller may see
     */
    public record SectorRecommendation(Sector sector, int rank, int score, List<String> reasons, boolean gap,
            List<CandidateMember> candidates,
            @Schema(description = "The members its reasons name (whom we know in a world where we have no voice), by "
                    + "id; only those the caller may see, and the reasons name no other") List<String> named) {
    }

    /** @param rank 1 = ask first */
    public record CandidateMember(String memberId, int rank, List<String> reasons) {
    }
}
