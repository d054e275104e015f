package org.convenor.network.imports.demo;

import java.util.List;

import org.convenor.network.InteractionKind;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Tier;

/**
 * Members the demo's story needs by name: fee edge cases (waived, capped, overridden, missing an income or a
 * country, an income in its own currency), members with access to the campaigns' targets, the characters of the coalition story, and names that
 * test CSV (commas, quotes, "family, given"). Made first, so that no typical member takes their names.
 */
final class HandMadeMembers {

    private final Roster roster;

    HandMadeMembers(Roster roster) {
        this.roster = roster;
    }

    void make() {
        List<Role> partner = List.of(Role.PARTNER);
        roster.org("Hollin Legal Aid Trust", partner, Tier.STANDARD, List.of(Sector.LEGAL, Sector.HUMAN_RIGHTS), "GB")
                .income(2_400_000).reaches("ukraine-court-prosecutor");
        roster.org("Aldmere Elders' Circle", partner, Tier.KEY, List.of(Sector.DIPLOMATIC, Sector.PEACEBUILDING), "CH")
                .income(14_500_000, "CHF").reaches("syria-p5-member", "sudan-regional-council").last(3)
                .touches.add(new Draft.Touch(0, InteractionKind.CALL, "Call with the chair on the Council vote"));
        // Declines the hospitals campaign's medical coalition in disagreement, then opts in to its legal one.
        roster.org("Corvell Health and Law Clinic", partner, Tier.STANDARD, List.of(Sector.MEDICAL, Sector.LEGAL), "LB")
                .income(1_900_000);
        // Global South overrides: a diaspora network registered in London; a northern-led agency registered in Nairobi.
        Draft diaspora = roster.org("Jisr Amal Medical Network", partner, Tier.STANDARD,
                List.of(Sector.MEDICAL, Sector.HUMANITARIAN), "GB").income(6_500_000);
        diaspora.globalSouth = true;
        Draft northernLed = roster.org("Saltmere Global Response", partner, Tier.KEY,
                List.of(Sector.HUMANITARIAN), "KE").income(185_000_000, "KES");
        northernLed.globalSouth = false;
        // Fee needs information: no income, or no country.
        roster.org("Brackwater Refugee Voices", partner, Tier.STANDARD,
                List.of(Sector.AFFECTED_COMMUNITY, Sector.HUMAN_RIGHTS), "NL");
        roster.org("Nettleby Peace Forum", partner, Tier.STANDARD, List.of(Sector.PEACEBUILDING), "US");
        roster.org("Tarnwick Rights Observatory", partner, Tier.STANDARD,
                List.of(Sector.HUMAN_RIGHTS), null).income(800_000);
        roster.org("Ngaboro Displaced Families Association", partner, Tier.STANDARD,
                List.of(Sector.AFFECTED_COMMUNITY), null);
        // Approved waivers.
        roster.org("Umberley Survivors' Network", partner, Tier.STANDARD, List.of(Sector.AFFECTED_COMMUNITY), "GB")
                .income(420_000).feeWaiver = true;
        roster.org("Fennick Centre for Dialogue", partner, Tier.STANDARD, List.of(Sector.PEACEBUILDING), "IE")
                .income(900_000).feeWaiver = true;
        roster.org("Wrenfield Accountability Project", partner, Tier.STANDARD,
                List.of(Sector.LEGAL, Sector.HUMAN_RIGHTS), "US").income(3_200_000).feeWaiver = true;
        // A fee capped at 0.5% of a very small income.
        roster.org("Quillan Law Clinic", partner, Tier.STANDARD, List.of(Sector.LEGAL), "SE").income(38_000);
        roster.org("Lumbardh Families' Association", partner, Tier.STANDARD, List.of(Sector.AFFECTED_COMMUNITY), "XK")
                .income(150_000, "EUR");
        roster.org("Orrinford International Relief", partner, Tier.KEY,
                List.of(Sector.HUMANITARIAN, Sector.MEDICAL), "GB")
                .income(640_000_000).reaches("syria-council-penholders", "hospitals-air-command");
        roster.org("Kestrelmoor Human Rights Centre", partner, Tier.KEY,
                List.of(Sector.HUMAN_RIGHTS, Sector.LEGAL), "US").income(92_000_000, "USD");
        roster.org("Windlow Investigations", List.of(Role.PARTNER, Role.JOURNALIST), Tier.STANDARD,
                List.of(Sector.MEDIA, Sector.HUMAN_RIGHTS), "NL").income(1_400_000).last(21);

        roster.org("Copperleigh Investors' Alliance", List.of(Role.PROSPECT), Tier.STANDARD,
                List.of(Sector.BUSINESS), "GB").income(48_000_000).reaches("arms-manufacturer");

        // Names in "family, given" form and with quotes, as CRM exports have them.
        roster.person("Núñez, Lucía", List.of(Role.JOURNALIST), Tier.STANDARD,
                List.of(Sector.MEDIA, Sector.HUMANITARIAN), "CO").last(17);
        roster.person("Callum Ashworth", List.of(Role.JOURNALIST), Tier.STANDARD,
                List.of(Sector.MEDIA, Sector.MILITARY), "GB").last(71).reaches("hospitals-air-command");
        roster.person("Haddad, Rania", List.of(Role.POLICY_MAKER), Tier.STANDARD,
                List.of(Sector.HUMANITARIAN, Sector.DIPLOMATIC), "LB").last(33);
        roster.person("Harriet Pemberton", List.of(Role.POLICY_MAKER), Tier.KEY,
                List.of(Sector.MILITARY, Sector.DIPLOMATIC), "GB").last(19)
                .reaches("hospitals-defence-ministry", "arms-export-committee");
        roster.person("Fintan \"Finn\" Ó Briain", List.of(Role.ALLY), Tier.STANDARD,
                List.of(Sector.CREATIVE), "IE").last(44);
        roster.person("Amb. Henrik Halvorsen", List.of(Role.ALLY), Tier.KEY, List.of(Sector.DIPLOMATIC), "NO")
                .last(9).reaches("syria-p5-member", "ukraine-mediator-ministry");
        roster.person("Dr Amara Osei", List.of(Role.ALLY), Tier.STANDARD, List.of(Sector.MEDICAL), "GH").last(27);
        roster.person("Sheikh Yusuf Barakat", List.of(Role.ALLY), Tier.STANDARD,
                List.of(Sector.FAITH, Sector.PEACEBUILDING), "SD").last(52).reaches("sudan-armed-group");
    }
}
