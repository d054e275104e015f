package org.convenor.network;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.convenor.engine.Fact;

/** A coalition the convenor formed, whom it invited and how they answered. */
public record Coalition(
        @NotBlank String id,
        String campaignId,
        List<@NotNull Sector> sectors,
        @NotNull LocalDate formedOn,
        List<@NotBlank String> invited,
        List<@NotNull @Valid CoalitionResponse> responses) implements Fact {

    public Coalition {
        sectors = sectors == null ? List.of() : sectors;
        invited = invited == null ? List.of() : invited;
        responses = responses == null ? List.of() : responses;
    }

    @Override
    public String factId() {
        return id;
    }
}
