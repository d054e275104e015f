package org.convenor.coalitions;

import java.util.List;

import org.convenor.network.Sector;

/** A policy table: when two recommended sectors weigh the same, the one listed first comes first. */
public record SectorOrder(List<Sector> order) {

    public static SectorOrder of(Sector... order) {
        return new SectorOrder(List.of(order));
    }

    /** 1 for the first listed; a sector the table leaves out comes after every listed one. */
    public int placeOf(Sector sector) {
        int index = order.indexOf(sector);
        return index < 0 ? order.size() + 1 : index + 1;
    }
}
