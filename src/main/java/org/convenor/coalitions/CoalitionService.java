package org.convenor.coalitions;

import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.convenor.engine.Decision;
import org.convenor.engine.Evaluation;
import org.convenor.engine.RuleEngine;
import org.convenor.engine.RuleSet;
import org.convenor.engine.RuleSetRef;
import org.convenor.network.Campaign;
import org.convenor.network.Coalition;
import org.convenor.network.CoalitionResponse;
import org.convenor.network.Interaction;
import org.convenor.validation.NetworkChecks;
import org.convenor.network.Sector;
import org.convenor.network.Target;
import org.convenor.validation.Problems;
import org.springframework.stereotype.Service;

/**
 * Which kinds of voices suit a campaign and who in the network brings them. The rules score sectors and
 * name candidates; this orders them: sectors by score, then by their strongest signal, then in the
 * vocabulary's order; candidates by standing, then most recent contact, then id.
 */
@Service
public class CoalitionService implements Decision<CoalitionRequest, CoalitionAnswer> {

    static final String RULE_SET = "coalitions";

    private final RuleEngine engine;

    public CoalitionService(RuleEngine engine) {
        this.engine = engine;
    }

    @Override
    public String ruleSet() {
        return RULE_SET;
    }

    @Override
    public Class<CoalitionRequest> requestType() {
        return CoalitionRequest.class;
    }

    @Override
    public CoalitionAnswer decide(CoalitionRequest request, RuleSet ruleSet) {
        validate(request);
        LocalDate asOf = request.asOf() == null ? LocalDate.now(ZoneOffset.UTC) : request.asOf();
        List<Object> facts = new ArrayList<>(request.members());
        facts.add(request.campaign());
        facts.addAll(request.campaign().targets());
        facts.addAll(invitations(request.coalitions(), asOf));
        Evaluation evaluation = engine.evaluate(ruleSet, facts);

        Map<String, LocalDate> lastContact = lastContact(request.interactions(), asOf);
        Map<String, List<Standing>> standings = new HashMap<>();
        evaluation.all(Standing.class)
                .forEach(s -> standings.computeIfAbsent(s.memberId(), id -> new ArrayList<>()).add(s));
        Set<Sector> gaps = new HashSet<>();
        evaluation.all(CoalitionWarning.class).stream().filter(w -> "NO_CONNECTIONS".equals(w.kind()))
                .forEach(w -> gaps.add(w.sector()));

        List<Recommendation> ranked = evaluation.all(Recommendation.class).stream()
                .sorted(Comparator.comparingInt(Recommendation::score).reversed()
                        .thenComparing(Comparator.comparingInt(Recommendation::strongestSignal).reversed())
                        .thenComparing(Recommendation::sector))
                .toList();
        Map<Sector, List<Candidate>> bySector = new EnumMap<>(Sector.class);
        evaluation.all(Candidate.class).forEach(c -> bySector.computeIfAbsent(c.sector(), s -> new ArrayList<>()).add(c));
        List<SectorRecommendation> recommendations = new ArrayList<>();
        for (Recommendation recommendation : ranked) {
            List<Candidate> sorted = bySector.getOrDefault(recommendation.sector(), List.of()).stream()
                    .sorted(Comparator.<Candidate>comparingInt(c -> -points(standings, c.memberId()))
                            .thenComparing(c -> lastContact.get(c.memberId()),
                                    Comparator.nullsLast(Comparator.reverseOrder()))
                            .thenComparing(Candidate::memberId))
                    .toList();
            List<CandidateMember> candidates = new ArrayList<>();
            for (Candidate candidate : sorted) {
                candidates.add(new CandidateMember(candidate.memberId(), candidates.size() + 1,
                        reasons(candidate, standings, lastContact)));
            }
            recommendations.add(new SectorRecommendation(recommendation.sector(), recommendations.size() + 1,
                    recommendation.score(), recommendation.reasons(), gaps.contains(recommendation.sector()),
                    candidates));
        }
        Map<String, RespectedDecline> declines = new LinkedHashMap<>();
        evaluation.all(RespectedDecline.class).forEach(d -> declines.putIfAbsent(d.memberId(), d));
        return new CoalitionAnswer(RuleSetRef.of(ruleSet), recommendations, evaluation.all(CoalitionWarning.class),
                List.copyOf(declines.values()), evaluation.firedRules());
    }

    private static int points(Map<String, List<Standing>> standings, String memberId) {
        return standings.getOrDefault(memberId, List.of()).stream().mapToInt(Standing::points).sum();
    }

    private static List<String> reasons(Candidate candidate, Map<String, List<Standing>> standings,
            Map<String, LocalDate> lastContact) {
        List<String> reasons = new ArrayList<>();
        reasons.add(candidate.reason());
        standings.getOrDefault(candidate.memberId(), List.of()).forEach(s -> reasons.add(s.reason()));
        LocalDate last = lastContact.get(candidate.memberId());
        reasons.add(last == null ? "No recorded contact yet." : "Last in touch on " + last + ".");
        return reasons;
    }

    /** Each answer to a coalition invitation, as one fact; answers dated after {@code asOf} have not happened yet. */
    private static List<Invitation> invitations(List<Coalition> coalitions, LocalDate asOf) {
        List<Invitation> invitations = new ArrayList<>();
        for (Coalition coalition : coalitions) {
            for (CoalitionResponse response : coalition.responses()) {
                if (!response.date().isAfter(asOf)) {
                    invitations.add(new Invitation(coalition.id(), coalition.campaignId(), response.memberId(),
                            response.response(), response.reason()));
                }
            }
        }
        return invitations;
    }

    private static Map<String, LocalDate> lastContact(List<Interaction> interactions, LocalDate asOf) {
        Map<String, LocalDate> last = new HashMap<>();
        for (Interaction interaction : interactions) {
            if (!interaction.date().isAfter(asOf)) {
                last.merge(interaction.memberId(), interaction.date(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return last;
    }

    /** Every check a request must pass before any rule sees it; public so benchmarks can run the same ones. */
    public static void validate(CoalitionRequest request) {
        Problems problems = new Problems();
        Set<String> targetIds = new HashSet<>();
        if (problems.required("campaign", request.campaign())) {
            Campaign campaign = request.campaign();
            problems.required("campaign.id", campaign.id());
            problems.noNullElements("campaign.themes", campaign.themes());
            if (problems.noNullElements("campaign.targets", campaign.targets())) {
                for (int i = 0; i < campaign.targets().size(); i++) {
                    Target target = campaign.targets().get(i);
                    String path = "campaign.targets[" + i + "]";
                    if (problems.required(path + ".id", target.id()) && !targetIds.add(target.id())) {
                        problems.add(path + ".id", "duplicate target id '" + target.id() + "'");
                    }
                    problems.required(path + ".kind", target.kind());
                    problems.noNullElements(path + ".listensTo", target.listensTo());
                }
            }
        }
        NetworkChecks.members(problems, request.members());
        if (problems.isEmpty()) {
            for (int i = 0; i < request.members().size(); i++) {
                List<String> reaches = request.members().get(i).reaches();
                for (int j = 0; j < reaches.size(); j++) {
                    if (!targetIds.contains(reaches.get(j))) {
                        problems.add("members[" + i + "].reaches[" + j + "]",
                                "unknown target id '" + reaches.get(j) + "': it is not in campaign.targets");
                    }
                }
            }
        }
        NetworkChecks.references(problems, request.members(), request.interactions(), request.coalitions());
        problems.throwIfAny();
    }
}
