package org.convenor.coalitions;

import java.util.Comparator;
import java.util.List;

import org.convenor.network.Sector;

/** A sector the campaign needs voices from, scored by the sum of its signals; reasons strongest first. */
public record Recommendation(Sector sector, int score, int strongestSignal, List<String> reasons) {

    public static Recommendation of(Sector sector, int score, int strongestSignal, List<SectorSignal> signals) {
        List<String> reasons = signals.stream()
                .sorted(Comparator.comparingInt(SectorSignal::weight).reversed().thenComparing(SectorSignal::reason))
                .map(SectorSignal::reason)
                .toList();
        return new Recommendation(sector, score, strongestSignal, reasons);
    }
}
