package org.convenor.coalitions;

import java.time.Clock;
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
import java.util.TreeMap;

import org.convenor.coalitions.CoalitionAnswer.CandidateMember;
import org.convenor.coalitions.CoalitionAnswer.IntroducerMember;
import org.convenor.coalitions.CoalitionAnswer.SectorRecommendation;
import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.Decision;
import org.convenor.engine.Evaluation;
import org.convenor.engine.FiredRule;
import org.convenor.engine.KeptDecisions;
import org.convenor.engine.Partitioning;
import org.convenor.engine.RuleEngine;
import org.convenor.engine.RuleSet;
import org.convenor.engine.RuleSetRef;
import org.convenor.network.Campaign;
import org.convenor.network.Coalition;
import org.convenor.network.CoalitionResponse;
import org.convenor.network.ContactHistory;
import org.convenor.network.LastContact;
import org.convenor.network.Member;
import org.convenor.network.Sector;
import org.convenor.network.Target;
import org.convenor.network.store.StoredNetwork;
import org.convenor.validation.NetworkChecks;
import org.convenor.validation.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Which kinds of voices suit a campaign and who in the network brings them. The rules score and place the
 * sectors, name the candidates, add up their standing and find their last contact; this sorts by what the
 * rules decided (sectors by score, strongest signal, then their place in the policy's order; candidates by
 * standing, then most recent contact, then id so the order is stable) and shapes the answer.
 */
@Service
public class CoalitionService implements Decision<CoalitionRequest, CoalitionAnswer> {

    public static final String RULE_SET = "coalitions";

    private static final Comparator<Recommendation> SECTOR_ORDER = Comparator
            .comparingInt(Recommendation::score).reversed()
            .thenComparing(Comparator.comparingInt(Recommendation::strongestSignal).reversed())
            .thenComparingInt(Recommendation::place);

    /** Members per session when a campaign's recommendations are first kept. */
    private static final int MEMBERS_PER_PART = 1000;

    private final RuleEngine engine;
    private final Clock clock;
    private final @Nullable ActiveRuleSets ruleSets;
    private final KeptDecisions kept;

    /** Keeps nothing: every question decided afresh. */
    public CoalitionService(RuleEngine engine, Clock clock) {
        this(engine, clock, null);
    }

    /**
     * @param ruleSets the active versions, whose recommendations for each stored campaign as of today are kept
     *        member by member (what is about the whole campaign decided again when a member changed); {@code null}:
     *        none
     */
    @Autowired
    public CoalitionService(RuleEngine engine, Clock clock, @Nullable ActiveRuleSets ruleSets) {
        this.clock = clock;
        this.engine = engine;
        this.ruleSets = ruleSets;
        this.kept = new KeptDecisions(engine, new Partitioning(
                type -> type == Member.class ? "id" : Partitioning.component(type, "memberId"),
                Set.of(Campaign.class, Target.class), MEMBERS_PER_PART));
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
        return decide(request, ruleSet, Set.of());
    }

    /**
     * The answer as a reader who may not see the {@code hidden} (restricted) members reads it: the rules decide over
     * every member sent, and the answer leaves the hidden ones out of its candidates, declines and fired rules, and
     * names only the members the reader sees in its notes.
     */
    private CoalitionAnswer decide(CoalitionRequest request, RuleSet ruleSet, Set<String> hidden) {
        validate(request);
        return answer(engine.evaluate(ruleSet, facts(request)), ruleSet, hidden);
    }

    private List<Object> facts(CoalitionRequest request) {
        LocalDate asOf = request.asOf() == null ? LocalDate.now(clock) : request.asOf();
        List<Object> facts = new ArrayList<>(request.members());
        facts.add(request.campaign());
        facts.addAll(request.campaign().targets());
        facts.addAll(invitations(request.coalitions(), asOf));
        facts.addAll(ContactHistory.of(request.interactions(), asOf));
        return facts;
    }

    private static CoalitionAnswer answer(Evaluation evaluation, RuleSet ruleSet, Set<String> hidden) {

        Map<String, LocalDate> lastContact = new HashMap<>();
        evaluation.all(LastContact.class).forEach(last -> lastContact.put(last.memberId(), last.date()));
        Map<String, Integer> standing = new HashMap<>();
        evaluation.all(CandidateStanding.class).forEach(s -> standing.put(s.memberId(), s.points()));
        Map<String, List<String>> standingReasons = new HashMap<>();
        evaluation.all(Standing.class).forEach(
                s -> standingReasons.computeIfAbsent(s.memberId(), id -> new ArrayList<>()).add(s.reason()));
        Map<Sector, List<Candidate>> bySector = new EnumMap<>(Sector.class);
        evaluation.all(Candidate.class)
                .forEach(c -> bySector.computeIfAbsent(c.sector(), s -> new ArrayList<>()).add(c));
        Map<Sector, Map<String, List<String>>> introducers = new EnumMap<>(Sector.class);
        evaluation.all(Introducer.class).stream().filter(i -> !hidden.contains(i.memberId()))
                .forEach(i -> introducers.computeIfAbsent(i.sector(), s -> new TreeMap<>())
                        .computeIfAbsent(i.memberId(), id -> new ArrayList<>()).add(i.reason()));
        Map<Sector, List<SectorNote>> notes = new EnumMap<>(Sector.class);
        evaluation.all(SectorNote.class).forEach(n -> notes.computeIfAbsent(n.sector(), s -> new ArrayList<>()).add(n));
        Set<Sector> gaps = new HashSet<>();
        evaluation.all(CoalitionWarning.class).stream().filter(w -> w.kind() == CoalitionWarningKind.NO_CONNECTIONS)
                .forEach(w -> gaps.add(w.sector()));

        Comparator<Candidate> candidateOrder = Comparator
                .<Candidate>comparingInt(c -> -standing.getOrDefault(c.memberId(), 0))
                .thenComparing(c -> lastContact.get(c.memberId()), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Candidate::memberId);
        List<SectorRecommendation> recommendations = new ArrayList<>();
        for (Recommendation recommendation : evaluation.all(Recommendation.class).stream().sorted(SECTOR_ORDER).toList()) {
            List<CandidateMember> candidates = new ArrayList<>();
            for (Candidate candidate : bySector.getOrDefault(recommendation.sector(), List.of()).stream()
                    .filter(c -> !hidden.contains(c.memberId())).sorted(candidateOrder).toList()) {
                List<String> reasons = new ArrayList<>();
                reasons.add(candidate.reason());
                reasons.addAll(standingReasons.getOrDefault(candidate.memberId(), List.of()));
                LocalDate last = lastContact.get(candidate.memberId());
                reasons.add(last == null ? "No recorded contact yet." : "Last in touch on " + last + ".");
                candidates.add(new CandidateMember(candidate.memberId(), candidates.size() + 1, reasons));
            }
            List<String> reasons = new ArrayList<>(recommendation.reasons());
            List<String> named = new ArrayList<>();
            for (SectorNote note : notes.getOrDefault(recommendation.sector(), List.of())) {
                String worded = note.wordedWithout(hidden);
                if (worded != null) {
                    reasons.add(worded);
                    note.seenWithout(hidden).forEach(member -> named.add(member.id()));
                }
            }
            List<IntroducerMember> introducing = introducers.getOrDefault(recommendation.sector(), Map.of()).entrySet()
                    .stream().map(e -> new IntroducerMember(e.getKey(), e.getValue())).toList();
            recommendations.add(new SectorRecommendation(recommendation.sector(), recommendations.size() + 1,
                    recommendation.score(), reasons, gaps.contains(recommendation.sector()), candidates, introducing,
                    named.stream().distinct().sorted().toList()));
        }
        Map<String, RespectedDecline> declines = new LinkedHashMap<>();
        evaluation.all(RespectedDecline.class).stream().filter(d -> !hidden.contains(d.memberId()))
                .forEach(d -> declines.putIfAbsent(d.memberId(), d));
        return new CoalitionAnswer(RuleSetRef.of(ruleSet), recommendations, evaluation.all(CoalitionWarning.class),
                List.copyOf(declines.values()), FiredRule.without(evaluation.firedRules(), hidden));
    }

    /**
     * The same question for a stored campaign over the stored network. A member's {@code reaches} counts only
     * this campaign's targets: members who reach other campaigns' targets are asked about this one.
     */
    public CoalitionAnswer decide(StoredNetwork network, Campaign campaign, LocalDate asOf, RuleSet ruleSet) {
        return decide(network, campaign, asOf, ruleSet, Set.of());
    }

    /** The same, as a reader who may not see the {@code hidden} members reads it. */
    public CoalitionAnswer decide(StoredNetwork network, Campaign campaign, LocalDate asOf, RuleSet ruleSet,
            Set<String> hidden) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = asOf == null ? today : asOf;
        if (ruleSets != null && day.equals(today) && ruleSets.find(RULE_SET).orElse(null) == ruleSet) {
            return answer(kept(network, campaign, day, ruleSet), ruleSet, hidden);
        }
        return decide(request(network, campaign, day), ruleSet, hidden);
    }

    /** Builds the kept recommendations of a version about to be activated, beside the active one's. */
    public void prepare(StoredNetwork network, RuleSet next) {
        if (ruleSets != null) {
            network.campaigns().forEach(campaign -> kept(network, campaign, LocalDate.now(clock), next));
        }
    }

    /**
     * The campaign's evaluation, kept: asked again of the same network, the same evaluation; after a write that
     * changed only what rules about one member read (a logged contact), those rules decided again for the members
     * it touched.
     */
    private Evaluation kept(StoredNetwork network, Campaign campaign, LocalDate asOf, RuleSet ruleSet) {
        return kept.evaluate(campaign.id(), ruleSet, List.of(network, campaign, asOf), () -> {
            CoalitionRequest request = request(network, campaign, asOf);
            validate(request);
            return facts(request);
        }, before -> changedSince(before, network, campaign, asOf));
    }

    /**
     * The facts of the members a write touched, as the kept evaluation's network made them and as this one does,
     * with the campaign's. Not checked again: they passed the store's checks when written.
     */
    private KeptDecisions.@Nullable Changed changedSince(List<?> before, StoredNetwork network,
            Campaign campaign, LocalDate asOf) {
        if (!(before.get(0) instanceof StoredNetwork earlier) || !campaign.equals(before.get(1))
                || !asOf.equals(before.get(2))) {
            return null;
        }
        Set<String> touched = network.membersChangedSince(earlier);
        return touched == null ? null
                : new KeptDecisions.Changed(touched, factsOf(network, touched, campaign, asOf),
                        factsOf(earlier, touched, campaign, asOf));
    }

    private List<Object> factsOf(StoredNetwork network, Set<String> members, Campaign campaign,
            LocalDate asOf) {
        List<Object> facts = facts(new CoalitionRequest(asOf, campaign, reaching(network.members().stream()
                .filter(member -> members.contains(member.id())).toList(), campaign),
                network.interactionFactsOf(members), network.coalitions()));
        facts.removeIf(fact -> fact instanceof Invitation invitation && !members.contains(invitation.memberId()));
        return facts;
    }

    private static CoalitionRequest request(StoredNetwork network, Campaign campaign, LocalDate asOf) {
        return new CoalitionRequest(asOf, campaign, reaching(network.members(), campaign), network.interactionFacts(),
                network.coalitions());
    }

    /** The rules of this version decided over a whole campaign rather than member by member, each with why. */
    public Map<String, String> decidedWhole(RuleSet ruleSet) {
        return kept.decidedWhole(ruleSet);
    }

    /** Every rule firing the kept recommendations cost so far. */
    public long firings() {
        return kept.firings();
    }

    private static List<Member> reaching(List<Member> members, Campaign campaign) {
        Set<String> targets = new HashSet<>();
        campaign.targets().forEach(target -> targets.add(target.id()));
        return members.stream().map(member -> targets.containsAll(member.reaches()) ? member
                : member.withReaches(member.reaches().stream().filter(targets::contains).toList())).toList();
    }

    /** Each answer to a coalition invitation, as one fact; answers dated after {@code asOf} have not happened yet. */
    private static List<Invitation> invitations(List<Coalition> coalitions, LocalDate asOf) {
        List<Invitation> invitations = new ArrayList<>();
        for (Coalition coalition : coalitions) {
            for (CoalitionResponse response : coalition.responses()) {
                if (!response.date().isAfter(asOf)) {
                    invitations.add(new Invitation(coalition.id(), coalition.campaignId(), response.memberId(),
                            response.response(), response.reason(), response.date()));
                }
            }
        }
        return invitations;
    }

    /**
     * Every check a request must pass before any rule sees it; public so benchmarks can run the same ones.
     * A member's {@code reaches} may name targets of other campaigns: only this campaign's targets match.
     */
    public static void validate(CoalitionRequest request) {
        Problems problems = new Problems();
        problems.date("asOf", request.asOf());
        if (problems.required("campaign", request.campaign())) {
            NetworkChecks.campaign(problems, "campaign", request.campaign(), new HashMap<>());
        }
        NetworkChecks.members(problems, request.members());
        NetworkChecks.references(problems, request.members(), request.interactions(), request.coalitions());
        problems.throwIfAny();
    }
}
