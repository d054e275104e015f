package org.convenor.network.imports.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Tier;

/**
 * The about 300 members, with the plan for when each was last in touch: the hand-made ones first, then typical
 * members role by role up to a count and a number of KEY ones, with the standard journalists spread over the
 * bands the headline rule change is checked on, and some partners left without an intel update or a convening.
 */
final class Members {

    private final Dice dice;
    private final Roster roster;
    private final TypicalMembers typical;

    Members(Dice dice, Roster roster) {
        this.dice = dice;
        this.roster = roster;
        this.typical = new TypicalMembers(dice, roster);
    }

    void make() {
        new HandMadeMembers(roster).make();
        for (Draft draft : roster.drafts()) {
            if (draft.last == null) {
                draft.last = plannedLast(draft);
            }
        }
        fill(List.of(Role.PARTNER), 80, 14, typical::partner);
        fill(List.of(Role.PROSPECT), 36, 2, typical::prospect);
        journalists();
        fill(List.of(Role.POLICY_MAKER), 36, 7, typical::policyMaker);
        fill(List.of(Role.DONOR), 24, 5, typical::donor);
        fill(List.of(Role.ALLY), 65, 8, typical::ally);
        fill(List.of(Role.PARTNER, Role.DONOR), 2, 1, typical::partner);
        fill(List.of(Role.JOURNALIST, Role.ALLY), 3, 1, typical::journalistAlly);
        fill(List.of(Role.POLICY_MAKER, Role.ALLY), 3, 1, typical::policyMaker);
        fill(List.of(Role.DONOR, Role.ALLY), 2, 1, typical::donorAlly);
        benefitGaps();
        whoMaySpeakAndWhomAMomentTouches();
    }

    /**
     * Set on members already made, after everything the dice decide, so the rest of the network stays as it was: a
     * serving diplomat and a serving official, a former ambassador said to be nameable, a faith leader who reaches an
     * armed group and must not be named, and a partner that reaches the Council's penholders, whose cadence the
     * Syria campaign's coming vote halves (due this week only because of it).
     */
    private void whoMaySpeakAndWhomAMomentTouches() {
        roster.draft("reem-qasim").serving();
        roster.draft("harriet-pemberton").serving();
        Draft ambassador = roster.draft("henrik-halvorsen");
        ambassador.serving = Boolean.FALSE;
        ambassador.publiclyNameable = Boolean.TRUE;
        roster.draft("yusuf-barakat").notNameable();
        roster.draft("bab-huda-humanitarian-alliance").reaches("syria-council-penholders");
    }

    /** Adds members with exactly these roles until there are {@code total}, {@code keys} of them KEY. */
    private void fill(List<Role> roles, int total, int keys, BiFunction<List<Role>, Tier, Draft> maker) {
        List<Draft> existing = roster.drafts().stream().filter(d -> d.roles.equals(roles)).toList();
        int keyExisting = (int) existing.stream().filter(d -> d.tier == Tier.KEY).count();
        List<Tier> tiers = new ArrayList<>();
        for (int i = existing.size(); i < total; i++) {
            tiers.add(i - existing.size() < keys - keyExisting ? Tier.KEY : Tier.STANDARD);
        }
        dice.shuffle(tiers);
        for (Tier tier : tiers) {
            Draft draft = maker.apply(roles, tier);
            if (draft.last == null && draft.touches.isEmpty()) {
                draft.last = plannedLast(draft);
            }
        }
    }

    private void journalists() {
        // Days since last contact for standard journalists (journalist their only role), band by band, each at
        // least three days inside its band: 0-60, 61-90, 91-120, 121-180, over 180, and never.
        List<Integer> plan = new ArrayList<>();
        addDays(plan, 21, 1, 55);     // plus Núñez, Lucía
        addDays(plan, 5, 64, 87);     // plus Callum Ashworth
        addDays(plan, 5, 94, 117);
        addDays(plan, 4, 124, 177);
        addDays(plan, 3, 185, 340);
        plan.add(null);
        plan.add(null);
        dice.shuffle(plan);
        boolean newsroom = true;
        for (Integer days : plan) {
            Draft draft = newsroom ? typical.journalistOrganisation()
                    : typical.journalist(List.of(Role.JOURNALIST), Tier.STANDARD);
            newsroom = false;
            draft.last = days;
        }
        // Key journalists (cadence 60 days, before and after the change): in touch, warned, and critical.
        for (int days : List.of(12, 40, 72, 104, 150)) {
            typical.journalist(List.of(Role.JOURNALIST), Tier.KEY).last = days;
        }
        Draft formerJournalist = roster.person(null, List.of(Role.JOURNALIST, Role.POLICY_MAKER), Tier.STANDARD,
                List.of(Sector.MEDIA, Sector.DIPLOMATIC), "KE");
        formerJournalist.last = 30;
    }

    /** Some partners in touch but missing a benefit: no intel update in 90 days, or no convening in 180. */
    private void benefitGaps() {
        List<Draft> healthy = roster.drafts().stream()
                .filter(d -> d.roles.equals(List.of(Role.PARTNER)) && d.tier == Tier.STANDARD && d.last != null
                        && d.last <= 40 && d.touches.isEmpty() && d.reaches.isEmpty())
                .collect(Collectors.toCollection(ArrayList::new));
        dice.shuffle(healthy);
        for (int i = 0; i < 10 && i < healthy.size(); i++) {
            if (i < 5) {
                healthy.get(i).lacksIntel = true;
            } else {
                healthy.get(i).lacksConvening = true;
            }
        }
    }

    /** Days since the latest contact, by the most demanding role: most in touch, some neglected, some never. */
    private Integer plannedLast(Draft draft) {
        boolean key = draft.tier == Tier.KEY;
        int roll = dice.nextInt(100);
        if (draft.has(Role.PARTNER)) {
            return key ? band(roll, 80, 0, 25, 92, 33, 55, 100, 65, 100)
                    : roll < 1 ? null : band(roll, 86, 0, 45, 94, 64, 115, 100, 125, 220);
        }
        if (draft.has(Role.POLICY_MAKER) || draft.has(Role.DONOR)) {
            if (key) {
                return band(roll, 78, 0, 40, 93, 50, 85, 100, 95, 150);
            }
            return roll >= 94 ? null : band(roll, 76, 0, 80, 88, 95, 170, 94, 190, 330);
        }
        if (draft.has(Role.ALLY)) {
            if (key) {
                return band(roll, 75, 0, 80, 90, 95, 170, 100, 185, 300);
            }
            return roll >= 90 ? null : band(roll, 76, 0, 170, 90, 190, 350, 90, 190, 350);
        }
        // prospects
        if (key) {
            return band(roll, 80, 0, 80, 100, 95, 170, 100, 95, 170);
        }
        return roll >= 65 ? null : band(roll, 45, 0, 160, 65, 190, 350, 65, 190, 350);
    }

    /** Below {@code a}: a day in [a1, a2]; below {@code b}: [b1, b2]; else [c1, c2]. */
    private int band(int roll, int a, int a1, int a2, int b, int b1, int b2, int c, int c1, int c2) {
        if (roll < a) {
            return dice.between(a1, a2);
        }
        return roll < b ? dice.between(b1, b2) : dice.between(c1, c2);
    }

    private void addDays(List<Integer> plan, int count, int from, int to) {
        for (int i = 0; i < count; i++) {
            plan.add(dice.between(from, to));
        }
    }
}
