package org.convenor.network;

import java.util.List;

import org.convenor.engine.Fact;
import org.convenor.network.Sector;

/** A decision-maker the campaign wants to move, and the constituencies it is known to listen to. */
public record Target(String id, String name, TargetKind kind, List<Sector> listensTo)
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
