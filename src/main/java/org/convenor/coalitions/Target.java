package org.convenor.coalitions;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.convenor.engine.Fact;
import org.convenor.network.Sector;

/** A decision-maker the campaign wants to move, and the constituencies it is known to listen to. */
public record Target(@NotBlank String id, String name, @NotNull TargetKind kind, List<@NotNull Sector> listensTo)
        implements Fact {

    public Target {
        listensTo = listensTo == null ? List.of() : listensTo;
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
