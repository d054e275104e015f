package org.convenor.network.imports.demo;

import static org.convenor.network.imports.demo.Dice.weights;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convenor.network.MemberKind;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Tier;

/**
 * What a typical partner, prospect, journalist, policy-maker, donor or ally looks like: its sectors, its country
 * and, for an organisation, its income, each drawn by weight. The members the story needs by name are made by
 * hand ({@link HandMadeMembers}); these fill the network around them.
 */
final class TypicalMembers {

    /** Sectors where the largest organisations are: an aid agency may have hundreds of millions, a peace forum not. */
    private static final Set<Sector> LARGE = Set.of(Sector.HUMANITARIAN, Sector.MEDICAL, Sector.HUMAN_RIGHTS);

    private final Dice dice;
    private final Roster roster;
    private final Places places;

    TypicalMembers(Dice dice, Roster roster) {
        this.dice = dice;
        this.roster = roster;
        this.places = new Places(dice, roster);
    }

    Draft partner(List<Role> roles, Tier tier) {
        List<Sector> sectors = sectors(weights(Sector.HUMAN_RIGHTS, 22, Sector.HUMANITARIAN, 22, Sector.PEACEBUILDING, 14,
                Sector.MEDICAL, 8, Sector.LEGAL, 8, Sector.AFFECTED_COMMUNITY, 8, Sector.FAITH, 4, Sector.ACADEMIC, 3,
                Sector.MEDIA, 2, Sector.CREATIVE, 1, Sector.DIPLOMATIC, 2), 45);
        String country = country(roles.contains(Role.DONOR) ? 90 : 55);
        Draft draft = roster.org(places.orgName(roles.contains(Role.DONOR) ? null : sectors.get(0), country), roles,
                tier, sectors, country);
        if (roles.contains(Role.DONOR)) {
            return draft.income(income(5, 20, 30, 30, 15));
        }
        boolean large = LARGE.contains(sectors.get(0));
        if (Countries.NORTH.contains(country)) {
            return draft.income(large ? income(20, 35, 22, 13, 10) : income(35, 45, 17, 3, 0));
        }
        return draft.income(large ? income(45, 40, 12, 3, 0) : income(55, 40, 5, 0, 0));
    }

    Draft prospect(List<Role> roles, Tier tier) {
        List<Sector> sectors = sectors(weights(Sector.BUSINESS, 5, Sector.FAITH, 4, Sector.CREATIVE, 3, Sector.ACADEMIC, 3,
                Sector.MEDICAL, 4, Sector.LEGAL, 3, Sector.AFFECTED_COMMUNITY, 3, Sector.HUMANITARIAN, 3,
                Sector.HUMAN_RIGHTS, 2, Sector.PEACEBUILDING, 2, Sector.MEDIA, 1, Sector.DIPLOMATIC, 1), 30);
        String country = country(50);
        Draft draft = roster.org(places.orgName(sectors.get(0), country), roles, tier, sectors, country);
        if (dice.nextInt(10) > 0) {
            boolean large = LARGE.contains(sectors.get(0)) || sectors.get(0) == Sector.BUSINESS;
            draft.income(Countries.NORTH.contains(country) && large ? income(15, 35, 25, 15, 10)
                    : income(40, 40, 15, 5, 0));
        }
        return draft;
    }

    Draft journalistOrganisation() {
        return roster.org("Lwendo Community Radio", List.of(Role.JOURNALIST), Tier.STANDARD,
                List.of(Sector.MEDIA, Sector.AFFECTED_COMMUNITY), "UG");
    }

    Draft journalist(List<Role> roles, Tier tier) {
        List<Sector> sectors = new ArrayList<>(List.of(Sector.MEDIA));
        if (dice.nextInt(10) < 7) {
            Map<Sector, Integer> beats = weights(Sector.HUMANITARIAN, 4, Sector.HUMAN_RIGHTS, 3, Sector.MILITARY, 3,
                    Sector.DIPLOMATIC, 2, Sector.LEGAL, 2, Sector.MEDICAL, 2, Sector.BUSINESS, 1,
                    Sector.AFFECTED_COMMUNITY, 1);
            if (roles.contains(Role.ALLY)) {
                beats.remove(Sector.MILITARY);
            }
            sectors.add(dice.pick(beats));
        }
        return roster.person(null, roles, tier, sectors, country(60));
    }

    Draft journalistAlly(List<Role> roles, Tier tier) {
        Draft draft = journalist(roles, tier);
        // A key journalist-ally has a 60-day cadence either way; a standard one is kept in touch (see DemoNetworkWriter).
        draft.last = tier == Tier.KEY ? 70 : 5 + dice.nextInt(40);
        return draft;
    }

    Draft policyMaker(List<Role> roles, Tier tier) {
        Map<Sector, Integer> choices = weights(Sector.DIPLOMATIC, 6, Sector.MILITARY, 4, Sector.HUMANITARIAN, 4,
                Sector.LEGAL, 2, Sector.HUMAN_RIGHTS, 2, Sector.PEACEBUILDING, 1);
        if (roles.contains(Role.ALLY)) {
            choices.remove(Sector.MILITARY);
        }
        List<Sector> sectors = sectors(choices, 35);
        String country = country(60);
        if (roles.size() == 1 && roster.drafts().stream()
                .noneMatch(d -> d.roles.equals(roles) && d.kind == MemberKind.ORGANISATION)) {
            return roster.org("Hesketh Vale Assembly Committee on Foreign Affairs", roles, tier, sectors, "GB");
        }
        return roster.person(null, roles, tier, sectors, country);
    }

    Draft donor(List<Role> roles, Tier tier) {
        List<Sector> sectors = sectors(weights(Sector.HUMAN_RIGHTS, 5, Sector.HUMANITARIAN, 4, Sector.PEACEBUILDING, 4,
                Sector.BUSINESS, 2, Sector.CREATIVE, 1, Sector.ACADEMIC, 1, Sector.MEDIA, 1), 40);
        String country = country(85);
        if (dice.nextInt(6) == 0) {
            return roster.person(null, roles, tier, sectors, country);
        }
        return roster.org(places.orgName(null, country), roles, tier, sectors, country)
                .income(income(5, 20, 30, 30, 15));
    }

    Draft donorAlly(List<Role> roles, Tier tier) {
        List<Sector> sectors = sectors(weights(Sector.BUSINESS, 3, Sector.CREATIVE, 2, Sector.HUMAN_RIGHTS, 2,
                Sector.PEACEBUILDING, 2), 40);
        return roster.person(null, roles, tier, sectors, country(70));
    }

    Draft ally(List<Role> roles, Tier tier) {
        String country = country(50);
        if (dice.nextInt(4) == 0) {
            List<Sector> sectors = sectors(weights(Sector.MEDICAL, 3, Sector.LEGAL, 3, Sector.BUSINESS, 2, Sector.FAITH, 3,
                    Sector.CREATIVE, 2, Sector.ACADEMIC, 2, Sector.AFFECTED_COMMUNITY, 2), 25);
            Draft draft = roster.org(places.orgName(sectors.get(0), country), roles, tier, sectors, country);
            if (dice.nextInt(4) > 0) {
                draft.income(income(40, 40, 15, 5, 0));
            }
            return draft;
        }
        List<Sector> sectors = sectors(weights(Sector.MEDICAL, 8, Sector.LEGAL, 7, Sector.FAITH, 6, Sector.DIPLOMATIC, 5,
                Sector.CREATIVE, 5, Sector.ACADEMIC, 5, Sector.BUSINESS, 3, Sector.AFFECTED_COMMUNITY, 4,
                Sector.HUMAN_RIGHTS, 2, Sector.PEACEBUILDING, 2, Sector.HUMANITARIAN, 1), 30);
        return roster.person(null, roles, tier, sectors, country);
    }

    /** One or two sectors: a first by weight and, {@code secondPercent} of the time, another. */
    private List<Sector> sectors(Map<Sector, Integer> choices, int secondPercent) {
        List<Sector> sectors = new ArrayList<>(List.of(dice.pick(choices)));
        if (dice.nextInt(100) < secondPercent) {
            Sector second = dice.pick(choices);
            if (!sectors.contains(second)) {
                sectors.add(second);
            }
        }
        return sectors;
    }

    /** An income in one of the five fee bands, by weight, rounded to three significant figures. */
    private long income(int under1m, int to10m, int to50m, int to250m, int over250m) {
        int roll = dice.nextInt(under1m + to10m + to50m + to250m + over250m);
        long low;
        long high;
        if ((roll -= under1m) < 0) {
            low = 40_000;
            high = 950_000;
        } else if ((roll -= to10m) < 0) {
            low = 1_100_000;
            high = 9_500_000;
        } else if ((roll -= to50m) < 0) {
            low = 11_000_000;
            high = 48_000_000;
        } else if (roll - to250m < 0) {
            low = 55_000_000;
            high = 240_000_000;
        } else {
            low = 260_000_000;
            high = 900_000_000;
        }
        long value = low + (long) (dice.nextDouble() * (high - low));
        long unit = (long) Math.pow(10, Math.max(0, (int) Math.log10(value) - 2));
        return value / unit * unit;
    }

    private String country(int northPercent) {
        return Countries.pick(dice, northPercent);
    }
}
