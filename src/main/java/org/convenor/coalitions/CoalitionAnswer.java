package org.convenor.coalitions;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.engine.FiredRule;
import org.convenor.engine.RuleSetRef;
import org.convenor.network.Sector;

public record CoalitionAnswer(RuleSetRef ruleSet, List<SectorRecommendation> recommendations,
        List<CoalitionWarning> warnings, List<RespectedDecline> respectedDeclines, List<FiredRule> firedRules) {

    /**
     * @param gap true when nobody in the network lends this sector's voice
     * @param introducers members in this sector's world who may not be named as voices (serving in an office, or
     *        not to be named publicly), with why, by id
     * @param named the members its reasons name (whom we know in a world where we have no voice), by id: only
     *        those the caller may see
     */
    public record SectorRecommendation(Sector sector, int rank, int score, List<String> reasons, boolean gap,
            List<CandidateMember> candidates, List<IntroducerMember> introducers,
            @Schema(description = "The members its reasons name (whom we know in a world where we have no voice), by "
                    + "id; only those the caller may see, and the reasons name no other") List<String> named) {
    }

    /** Someone who could introduce us to a sector's voices, and why they are not one. */
    public record IntroducerMember(String memberId, List<String> reasons) {
    }

    /** @param rank 1 = ask first */
    public record CandidateMember(String memberId, int rank, List<String> reasons) {
    }
}
