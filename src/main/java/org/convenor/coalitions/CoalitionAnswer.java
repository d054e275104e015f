package org.convenor.coalitions;

import java.util.List;

import org.convenor.engine.FiredRule;
import org.convenor.engine.RuleSetRef;
import org.convenor.network.Sector;

public record CoalitionAnswer(RuleSetRef ruleSet, List<SectorRecommendation> recommendations,
        List<CoalitionWarning> warnings, List<RespectedDecline> respectedDeclines, List<FiredRule> firedRules) {

    /** @param gap true when nobody in the network holds this sector */
    public record SectorRecommendation(Sector sector, int rank, int score, List<String> reasons, boolean gap,
            List<CandidateMember> candidates) {
    }

    /** @param rank 1 = ask first */
    public record CandidateMember(String memberId, int rank, List<String> reasons) {
    }
}
