package org.convenor.coalitions.web;

import java.util.ArrayList;
import java.util.List;

import org.convenor.coalitions.CoalitionAnswer;
import org.convenor.console.Words;
import org.convenor.network.Member;

/**
 * How many of our members hold each recommended sector, in rank order, laid out as an SVG bar chart drawn on
 * the server: each bar's label sits above it, so the chart can be narrow enough for a phone and still legible.
 * The numbers are text beside the bars and in the chart's description, for those who cannot see it.
 */
record SectorChart(List<Bar> bars, int height, String description) {

    static final int WIDTH = 400;
    static final int BAR_SPACE = 250;
    static final int ROW = 46;

    /**
     * @param y the label's baseline; the bar is drawn below it
     * @param width the bar's length in the chart's units (0: nobody holds the sector)
     */
    record Bar(int rank, String label, long members, boolean gap, int y, int width) {

        public int barY() {
            return y + 8;
        }

        public int countX() {
            return width + 8;
        }
    }

    public int width() {
        return WIDTH;
    }

    static SectorChart of(List<CoalitionAnswer.SectorRecommendation> recommendations, List<Member> members) {
        List<Long> counts = recommendations.stream()
                .map(r -> members.stream().filter(m -> m.sectors().contains(r.sector())).count()).toList();
        long most = Math.max(1, counts.stream().mapToLong(Long::longValue).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (int i = 0; i < recommendations.size(); i++) {
            CoalitionAnswer.SectorRecommendation r = recommendations.get(i);
            long count = counts.get(i);
            String label = r.rank() + ". " + Words.sentence(r.sector().name());
            bars.add(new Bar(r.rank(), label, count, r.gap(), 16 + i * ROW, (int) Math.round(BAR_SPACE * count / (double) most)));
            said.add(label + ": " + count + (count == 1 ? " member" : " members") + (r.gap() ? " (a gap: none of them a voice we can ask)" : ""));
        }
        return new SectorChart(bars, Math.max(ROW, recommendations.size() * ROW), String.join("; ", said) + ".");
    }
}
