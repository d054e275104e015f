package org.convenor.network.imports.demo;

import java.time.LocalDate;
import java.util.List;

import org.convenor.network.Campaign;
import org.convenor.network.CampaignStatus;
import org.convenor.network.Moment;
import org.convenor.network.Sector;
import org.convenor.network.Target;
import org.convenor.network.TargetKind;
import org.convenor.network.Theme;

/**
 * The five campaigns and whom they target. Their targets call for voices from named sectors; the military
 * ones (an air command, a defence ministry) are there so the network shows a gap no partner, ally or prospect
 * fills. Three have dates and moments, in days from {@link Days#END} (the loader moves them with the rest): the
 * Syria campaign's Council vote falls three weeks after the files' last day, inside the moment policy's four
 * weeks, so This week shows its effect.
 */
final class Campaigns {

    static final List<Campaign> ALL = List.of(
            new Campaign("syria-aid-across-the-border", "Keep aid crossing into north-west Syria", "Syria",
                    List.of(Theme.HUMANITARIAN_ACCESS),
                    List.of(new Target("syria-p5-member", "A permanent member of the Security Council",
                                    TargetKind.UN_SECURITY_COUNCIL, List.of(Sector.DIPLOMATIC)),
                            new Target("syria-council-penholders", "The Council's humanitarian penholders",
                                    TargetKind.UN_SECURITY_COUNCIL, List.of(Sector.HUMANITARIAN, Sector.MEDICAL)),
                            new Target("syria-neighbour-government", "A neighbouring head of government",
                                    TargetKind.HEAD_OF_GOVERNMENT, List.of(Sector.FAITH, Sector.BUSINESS))),
                    day(-300), day(200), CampaignStatus.ACTIVE, List.of(
                            new Moment(day(21), "Security Council vote on renewing the cross-border mandate"),
                            new Moment(day(120), "Brussels pledging conference for Syria")), null, null),
            new Campaign("hospitals-are-not-targets", "Hospitals are not targets", null,
                    List.of(Theme.ATTACKS_ON_HEALTHCARE, Theme.PROTECTION_OF_CIVILIANS),
                    List.of(new Target("hospitals-air-command", "The coalition's air command",
                                    TargetKind.MILITARY_COMMAND, List.of(Sector.MILITARY, Sector.MEDICAL)),
                            new Target("hospitals-defence-ministry", "A supplier state's defence ministry",
                                    TargetKind.DEFENCE_MINISTRY, null)),
                    day(-200), null, CampaignStatus.ACTIVE, List.of(new Moment(day(60),
                            "The Secretary-General's report to the Council on attacks on healthcare")), null, null),
            new Campaign("sudan-ceasefire", "A ceasefire that holds in Darfur", "Sudan",
                    List.of(Theme.CEASEFIRE, Theme.SEXUAL_VIOLENCE, Theme.DISPLACEMENT),
                    List.of(new Target("sudan-regional-council", "The regional union's peace and security council",
                                    TargetKind.REGIONAL_BODY, List.of(Sector.DIPLOMATIC, Sector.AFFECTED_COMMUNITY)),
                            new Target("sudan-armed-group", "The armed group's political leadership",
                                    TargetKind.ARMED_GROUP, List.of(Sector.FAITH)),
                            new Target("sudan-gulf-ministry", "A Gulf foreign ministry with influence on the parties",
                                    TargetKind.FOREIGN_MINISTRY, List.of(Sector.BUSINESS, Sector.DIPLOMATIC))),
                    day(-150), day(150), CampaignStatus.ACTIVE, List.of(new Moment(day(90),
                            "The regional union's summit")), null, null),
            new Campaign("arms-pipeline", "Stop the arms pipeline", "Yemen",
                    List.of(Theme.ARMS_TRANSFERS, Theme.ACCOUNTABILITY),
                    List.of(new Target("arms-manufacturer", "A European missile manufacturer", TargetKind.CORPORATION,
                                    List.of(Sector.BUSINESS)),
                            new Target("arms-export-committee", "A parliament's arms export committee",
                                    TargetKind.PARLIAMENT, List.of(Sector.LEGAL, Sector.MILITARY)))),
            new Campaign("ukraine-children-home", "Bring deported children home", "Ukraine",
                    List.of(Theme.CHILDREN, Theme.DETENTION, Theme.DISPLACEMENT),
                    List.of(new Target("ukraine-court-prosecutor", "The international court's prosecutor",
                                    TargetKind.INTERNATIONAL_COURT, List.of(Sector.LEGAL)),
                            new Target("ukraine-mediator-ministry", "A mediating state's foreign ministry",
                                    TargetKind.FOREIGN_MINISTRY, List.of(Sector.FAITH, Sector.DIPLOMATIC)))));

    private static LocalDate day(int daysAfterEnd) {
        return Days.END.plusDays(daysAfterEnd);
    }

    private Campaigns() {
    }
}
