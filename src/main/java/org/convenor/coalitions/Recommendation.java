package org.convenor.coalitions;

import java.util.Comparator;
import java.util.List;

import org.convenor.engine.Fact;
import org.convenor.network.Sector;

/**
 * A sector the campaign needs voices from, scored by the sum of its signals; reasons strongest first.
 *
 * @param place the sector's place in the policy's sector order, which settles equal scores
 */
public record Recommendation(Sector sector, int score, int strongestSignal, int place, List<String> reasons)
        implements Fact {

    public static Recommendation of(Sector sector, int score, int strongestSignal, SectorOrder order,
            List<SectorSignal> signals) {
        List<String> reasons = signals.stream()
                .sorted(Comparator.comparingInt(SectorSignal::weight).reversed().thenComparing(SectorSignal::reason))
                .map(SectorSignal::reason)
                .toList();
        return new Recommendation(sector, score, strongestSignal, order.placeOf(sector), reasons);
    }

    @Override
    public String factId() {
        return sector.name();
    }
}
