package org.convenor.network.imports.demo;

import static org.convenor.network.imports.demo.Days.OLDEST;
import static org.convenor.network.imports.demo.Days.date;
import static org.convenor.network.imports.demo.Schedules.CONVENINGS;
import static org.convenor.network.imports.demo.Schedules.INTEL;
import static org.convenor.network.imports.demo.Schedules.KINDS;
import static org.convenor.network.imports.demo.Schedules.NOTES;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convenor.network.Interaction;
import org.convenor.network.InteractionKind;
import org.convenor.network.Role;
import org.convenor.network.Tier;

/**
 * A year of interactions from the members' contact plans: the contacts that must be there, ordinary contacts back
 * from the latest one at the usual gap for the member's most demanding role, and intel updates and convenings,
 * never later than the latest contact so that the plan's "days since contact" holds.
 */
final class Interactions {

    private record Row(String memberId, int daysAgo, InteractionKind kind, String note) {
    }

    private final Dice dice;
    private final Roster roster;

    Interactions(Dice dice, Roster roster) {
        this.dice = dice;
        this.roster = roster;
    }

    List<Interaction> plan() {
        Set<Row> rows = new LinkedHashSet<>();
        for (Draft draft : roster.drafts()) {
            List<Row> own = new ArrayList<>();
            for (Draft.Touch touch : draft.touches) {
                own.add(new Row(draft.id, touch.daysAgo(), touch.kind(), touch.note()));
            }
            if (draft.last != null) {
                int gap = gap(draft);
                for (int day = draft.last; day <= OLDEST; day += Math.max(3, gap / 2 + dice.nextInt(gap + 1))) {
                    own.add(ordinary(draft, day));
                }
            }
            Integer earliestAllowed = draft.latest();
            if (draft.has(Role.PARTNER) && earliestAllowed != null) {
                own.addAll(benefits(draft, earliestAllowed));
            } else if (earliestAllowed != null) {
                int chance = draft.has(Role.ALLY) || draft.has(Role.PROSPECT) ? 12
                        : draft.has(Role.POLICY_MAKER) ? 8 : draft.has(Role.DONOR) ? 6 : 0;
                CONVENINGS.forEach((day, note) -> {
                    if (day >= earliestAllowed && dice.nextInt(100) < chance) {
                        own.add(new Row(draft.id, day, InteractionKind.CONVENING, note));
                    }
                });
            }
            rows.addAll(own);
        }
        return rows.stream()
                .map(r -> new Interaction(r.memberId, date(r.daysAgo), r.kind, r.note))
                .sorted(Comparator.comparing(Interaction::date).thenComparing(Interaction::memberId)
                        .thenComparing(Interaction::kind).thenComparing(i -> i.note() == null ? "" : i.note()))
                .toList();
    }

    /** Intel updates and convenings for a partner, never later than its latest contact. */
    private List<Row> benefits(Draft draft, int earliestAllowed) {
        boolean key = draft.tier == Tier.KEY;
        List<Row> rows = new ArrayList<>();
        boolean recentIntel = false;
        for (Map.Entry<Integer, String> intel : INTEL.entrySet()) {
            int day = intel.getKey();
            if (day < earliestAllowed || draft.lacksIntel && day < 96) {
                continue;
            }
            boolean due = !recentIntel && !draft.lacksIntel && day <= 85;
            if (due || dice.nextInt(100) < (key ? 95 : 88)) {
                rows.add(new Row(draft.id, day, InteractionKind.INTEL_UPDATE, intel.getValue()));
                recentIntel |= day <= 85;
            }
        }
        boolean recentConvening = false;
        for (Map.Entry<Integer, String> convening : CONVENINGS.entrySet()) {
            int day = convening.getKey();
            if (day < earliestAllowed || draft.lacksConvening && day < 190) {
                continue;
            }
            boolean due = !recentConvening && !draft.lacksConvening && day <= 175 && day >= 133;
            if (due || dice.nextInt(100) < (key ? 60 : 40)) {
                rows.add(new Row(draft.id, day, InteractionKind.CONVENING, convening.getValue()));
                recentConvening |= day <= 175;
            }
        }
        return rows;
    }

    private Row ordinary(Draft draft, int day) {
        Role role = draft.roles.get(dice.nextInt(draft.roles.size()));
        InteractionKind kind = dice.pick(KINDS.get(role));
        List<String> pool = NOTES.get(role).getOrDefault(kind, List.of());
        String note = pool.isEmpty() || dice.nextInt(100) >= 45 ? null : pool.get(dice.nextInt(pool.size()));
        return new Row(draft.id, day, kind, note);
    }

    /** The usual days between ordinary contacts, by the most demanding role. */
    private static int gap(Draft draft) {
        boolean key = draft.tier == Tier.KEY;
        if (draft.has(Role.PARTNER)) {
            return key ? 20 : 30;
        }
        if (draft.has(Role.JOURNALIST) || draft.has(Role.POLICY_MAKER)) {
            return key ? 25 : 40;
        }
        if (draft.has(Role.DONOR)) {
            return key ? 35 : 50;
        }
        return key ? 45 : 80;
    }
}
