package org.convenor.bench.plain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convenor.coalitions.CoalitionAnswer.CandidateMember;
import org.convenor.coalitions.CoalitionAnswer.SectorRecommendation;
import org.convenor.coalitions.CoalitionAnswer;
import org.convenor.coalitions.CoalitionRequest;
import org.convenor.coalitions.CoalitionService;
import org.convenor.coalitions.CoalitionWarning;
import org.convenor.coalitions.CoalitionWarningKind;
import org.convenor.coalitions.RespectedDecline;
import org.convenor.engine.RuleSetRef;
import org.convenor.network.Campaign;
import org.convenor.network.Coalition;
import org.convenor.network.CoalitionResponse;
import org.convenor.network.Interaction;
import org.convenor.network.Member;
import org.convenor.network.ResponseKind;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Target;
import org.convenor.network.TargetKind;
import org.convenor.network.Theme;
import org.convenor.network.Tier;

/** The coalitions rule set's default policy by hand, for benchmarks only. Same checks and ranking; no reasons. */
public final class PlainCoalitions {

    private static final Map<Theme, List<Sector>> THEMES = new EnumMap<>(Map.of(
            Theme.ATTACKS_ON_HEALTHCARE, List.of(Sector.MEDICAL, Sector.LEGAL),
            Theme.HUMANITARIAN_ACCESS, List.of(Sector.HUMANITARIAN, Sector.MEDICAL),
            Theme.ACCOUNTABILITY, List.of(Sector.LEGAL), Theme.DETENTION, List.of(Sector.LEGAL),
            Theme.ARMS_TRANSFERS, List.of(Sector.MILITARY, Sector.LEGAL),
            Theme.PROTECTION_OF_CIVILIANS, List.of(Sector.MILITARY),
            Theme.CEASEFIRE, List.of(Sector.DIPLOMATIC, Sector.FAITH, Sector.PEACEBUILDING),
            Theme.SEXUAL_VIOLENCE, List.of(Sector.MEDICAL, Sector.LEGAL, Sector.AFFECTED_COMMUNITY),
            Theme.CHILDREN, List.of(Sector.MEDICAL, Sector.FAITH),
            Theme.DISPLACEMENT, List.of(Sector.HUMANITARIAN, Sector.AFFECTED_COMMUNITY)));
    private static final Map<TargetKind, Sector> TARGETS = new EnumMap<>(Map.of(
            TargetKind.MILITARY_COMMAND, Sector.MILITARY, TargetKind.DEFENCE_MINISTRY, Sector.MILITARY,
            TargetKind.HEAD_OF_GOVERNMENT, Sector.DIPLOMATIC, TargetKind.FOREIGN_MINISTRY, Sector.DIPLOMATIC,
            TargetKind.UN_SECURITY_COUNCIL, Sector.DIPLOMATIC, TargetKind.REGIONAL_BODY, Sector.DIPLOMATIC,
            TargetKind.INTERNATIONAL_COURT, Sector.LEGAL, TargetKind.PARLIAMENT, Sector.AFFECTED_COMMUNITY,
            TargetKind.CORPORATION, Sector.BUSINESS, TargetKind.ARMED_GROUP, Sector.FAITH));
    private static final Set<Sector> USUAL = Set.of(Sector.HUMAN_RIGHTS, Sector.HUMANITARIAN, Sector.PEACEBUILDING);
    private static final List<Sector> ORDER = List.of(Sector.MEDICAL, Sector.LEGAL, Sector.MILITARY, Sector.DIPLOMATIC,
            Sector.HUMANITARIAN, Sector.FAITH, Sector.AFFECTED_COMMUNITY, Sector.PEACEBUILDING, Sector.HUMAN_RIGHTS,
            Sector.BUSINESS, Sector.ACADEMIC, Sector.CREATIVE, Sector.MEDIA);

    private PlainCoalitions() {
    }

    public static CoalitionAnswer decide(CoalitionRequest request, RuleSetRef ref) {
        CoalitionService.validate(request);
        LocalDate asOf = request.asOf();
        Campaign campaign = request.campaign();
        Map<Sector, int[]> scores = new EnumMap<>(Sector.class);
        for (Target target : campaign.targets()) {
            target.listensTo().forEach(sector -> signal(scores, sector, 3));
            signal(scores, TARGETS.get(target.kind()), 1);
        }
        for (Theme theme : campaign.themes()) {
            THEMES.get(theme).forEach(sector -> signal(scores, sector, 2));
        }
        Map<String, LocalDate> lastDisagreement = new HashMap<>();
        Map<String, LocalDate> lastOptIn = new HashMap<>();
        for (Coalition coalition : request.coalitions()) {
            if (!campaign.id().equals(coalition.campaignId())) {
                continue;
            }
            for (CoalitionResponse response : coalition.responses()) {
                if (response.date().isAfter(asOf)) {
                    continue;
                }
                if (response.declinedInDisagreement()) {
                    lastDisagreement.merge(response.memberId(), response.date(), (a, b) -> a.isAfter(b) ? a : b);
                } else if (response.response() == ResponseKind.OPTED_IN) {
                    lastOptIn.merge(response.memberId(), response.date(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        Set<String> declined = new HashSet<>();
        Map<String, RespectedDecline> declines = new LinkedHashMap<>();
        lastDisagreement.forEach((memberId, on) -> {
            LocalDate optedIn = lastOptIn.get(memberId);
            if (optedIn == null || !optedIn.isAfter(on)) {
                declined.add(memberId);
                declines.put(memberId, new RespectedDecline(memberId, "declined"));
            }
        });
        Map<String, LocalDate> last = new HashMap<>();
        for (Interaction interaction : request.interactions()) {
            if (!interaction.date().isAfter(asOf)) {
                last.merge(interaction.memberId(), interaction.date(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Map<Sector, List<Member>> holders = new EnumMap<>(Sector.class);
        Set<Sector> held = new HashSet<>();
        Map<String, Integer> points = new HashMap<>();
        for (Member member : request.members()) {
            if (!member.hasRole(Role.PARTNER) && !member.hasRole(Role.ALLY) && !member.hasRole(Role.PROSPECT)) {
                continue;
            }
            held.addAll(member.sectors());
            if (declined.contains(member.id())) {
                continue;
            }
            boolean candidate = false;
            for (Sector sector : member.sectors()) {
                if (scores.containsKey(sector)) {
                    holders.computeIfAbsent(sector, s -> new ArrayList<>()).add(member);
                    candidate = true;
                }
            }
            if (candidate) {
                int standing = (member.roles().contains(Role.PARTNER) ? 2 : 0) + (member.tier() == Tier.KEY ? 2 : 0)
                        + (int) campaign.targets().stream().filter(t -> member.reaches().contains(t.id())).count();
                points.put(member.id(), standing);
            }
        }
        List<Sector> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.<Sector>comparingInt(s -> -scores.get(s)[0]).thenComparingInt(s -> -scores.get(s)[1])
                .thenComparingInt(ORDER::indexOf));
        List<SectorRecommendation> recommendations = new ArrayList<>();
        List<CoalitionWarning> warnings = new ArrayList<>();
        for (Sector sector : ranked) {
            List<Member> candidates = new ArrayList<>(holders.getOrDefault(sector, List.of()));
            candidates.sort(Comparator.<Member>comparingInt(m -> -points.get(m.id()))
                    .thenComparing(m -> last.get(m.id()), Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(Member::id));
            List<CandidateMember> named = new ArrayList<>();
            for (Member member : candidates) {
                named.add(new CandidateMember(member.id(), named.size() + 1, List.of()));
            }
            boolean gap = !held.contains(sector);
            if (gap) {
                warnings.add(new CoalitionWarning(CoalitionWarningKind.NO_CONNECTIONS, sector, "build connections"));
            } else if (candidates.isEmpty()) {
                warnings.add(new CoalitionWarning(CoalitionWarningKind.ALL_DECLINED, sector, "all declined"));
            }
            recommendations.add(new SectorRecommendation(sector, recommendations.size() + 1, scores.get(sector)[0],
                    List.of(), gap, named, List.of(), List.of()));
        }
        if (!holders.isEmpty() && USUAL.containsAll(holders.keySet())) {
            warnings.add(new CoalitionWarning(CoalitionWarningKind.USUAL_SUSPECTS_ONLY, null, "beyond the usual voices"));
        }
        return new CoalitionAnswer(ref, recommendations, warnings, List.copyOf(declines.values()), List.of());
    }

    private static void signal(Map<Sector, int[]> scores, Sector sector, int weight) {
        int[] score = scores.computeIfAbsent(sector, s -> new int[2]);
        score[0] += weight;
        score[1] = Math.max(score[1], weight);
    }
}
