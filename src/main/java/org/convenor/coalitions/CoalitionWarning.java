package org.convenor.coalitions;

import org.convenor.engine.Fact;
import org.convenor.network.Sector;
import org.jspecify.annotations.Nullable;

/** Where the network is too thin for the campaign. {@code sector} is null for a warning about the whole network. */
public record CoalitionWarning(CoalitionWarningKind kind, @Nullable Sector sector, String message) implements Fact {

    @Override
    public String factId() {
        return sector == null ? null : sector.name();
    }
}
