package org.convenor.network;

import java.time.LocalDate;
import java.util.List;

import org.convenor.engine.Fact;

/** A coalition the convenor formed, whom it invited and how they answered. */
public record Coalition(
        String id,
        String campaignId,
        List<Sector> sectors,
        LocalDate formedOn,
        List<String> invited,
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
