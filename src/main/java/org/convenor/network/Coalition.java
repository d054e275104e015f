package org.convenor.network;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.engine.Fact;
import org.jspecify.annotations.Nullable;

/** A coalition the convenor formed, whom it invited and how they answered. */
public record Coalition(
        @Schema(pattern = Schemas.ID) String id,
        @Schema(description = "The campaign it was formed for; its declines count against that campaign")
        @Nullable String campaignId,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out: none") List<Sector> sectors,
        LocalDate formedOn,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Member ids. Left out: none")
        @ArraySchema(schema = @Schema(pattern = Schemas.ID)) List<String> invited,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out: none")
        List<CoalitionResponse> responses) implements Fact {

    public Coalition {
        sectors = Lists.distinct(sectors);
        invited = Lists.distinct(invited);
        responses = responses == null ? List.of() : responses;
    }

    @Override
    public String factId() {
        return id;
    }
}
