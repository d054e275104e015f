package org.convenor.introductions;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.network.Coalition;
import org.convenor.network.Interaction;
import org.convenor.network.Link;
import org.convenor.network.Member;
import org.jspecify.annotations.Nullable;

/**
 * @param asOf the day to suggest as of; today in the office's time zone when left out. Interactions after it do
 *        not count.
 */
public record IntroductionRequest(
        @Schema(description = "The day to suggest as of; left out, today in the office's time zone") @Nullable LocalDate asOf,
        List<Member> members,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out: none") List<Interaction> interactions,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out: none") List<Coalition> coalitions,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Links between members (ids ignored). Left "
                + "out: none") List<Link> links) {

    public IntroductionRequest {
        interactions = interactions == null ? List.of() : interactions;
        coalitions = coalitions == null ? List.of() : coalitions;
        links = links == null ? List.of() : links;
    }
}
