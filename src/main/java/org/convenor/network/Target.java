package org.convenor.network;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.engine.Fact;
import org.jspecify.annotations.Nullable;

/** A decision-maker the campaign wants to move, and the constituencies it is known to listen to. */
public record Target(@Schema(pattern = Schemas.ID) String id, @Nullable String name, TargetKind kind,
        @Schema(requiredMode = RequiredMode.NOT_REQUIRED, description = "Left out: none") List<Sector> listensTo)
        implements Fact {

    public Target {
        listensTo = Lists.distinct(listensTo);
    }

    @Override
    public String factId() {
        return id;
    }

    /** The name if given, else the id: reasons read "the French Foreign Ministry", not nothing. */
    public String label() {
        return name == null || name.isBlank() ? id : name;
    }
}
