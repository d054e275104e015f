package org.convenor.relationships;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.engine.Decision;
import org.convenor.engine.Evaluation;
import org.convenor.engine.KeptDecisions;
import org.convenor.engine.Partitioning;
import org.convenor.engine.RuleEngine;
import org.convenor.engine.RuleSet;
import org.convenor.engine.RuleSetRef;
import org.convenor.network.Campaign;
import org.convenor.network.CampaignStatus;
import org.convenor.network.Coalition;
import org.convenor.network.CoalitionResponse;
import org.convenor.network.ContactHistory;
import org.convenor.network.LastContact;
import org.convenor.network.Member;
import org.convenor.network.Moment;
import org.convenor.network.ResponseKind;
import org.convenor.network.Sector;
import org.convenor.network.Target;
import org.convenor.network.store.StoredNetwork;
import org.convenor.validation.NetworkChecks;
import org.convenor.validation.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Which relationships are going untended, as of a day. Each member's contact history is summarised in one
 * pass (the rules decide which kinds count); the rules raise the alerts; this orders them: CRITICAL first,
 * then the longest without contact (never contacted counts as longest), then by member.
 */
@Service
public class RelationshipService implements Decision<RelationshipRequest, RelationshipAnswer> {

    public static final String RULE_SET = "relationships";

    private static final Comparator<Alert> ORDER = Comparator.comparing(Alert::severity).reversed()
            .thenComparing(Alert::daysSinceContact, Comparator.nullsFirst(Comparator.reverseOrder()))
            .thenComparing(Alert::memberId)
            .thenComparing(Alert::kind)
            .thenComparing(Alert::rule);

    /** Members per part when a large request is evaluated in parts (see {@link Partitioning}). */
    static final int MEMBERS_PER_PART = 1000;

    private final RuleEngine engine;
    private final Clock clock;
    private final Partitioning byMember;
    private final @Nullable ActiveRuleSets ruleSets;
    private final KeptDecisions kept;
    private volatile @Nullable Answered answered;

    /** Keeps the active versions' alerts as of today per member (see {@link KeptDecisions}). */
    @Autowired
    public RelationshipService(RuleEngine engine, Clock clock, ActiveRuleSets ruleSets) {
        this(engine, clock, MEMBERS_PER_PART, ruleSets);
    }

    /** Keeps nothing: every question decided afresh. */
    public RelationshipService(RuleEngine engine, Clock clock) {
        this(engine, clock, MEMBERS_PER_PART);
    }

    /**
     * @param membersPerPart where the rule set allows it, requests with more members are evaluated in parts of
     *        this many: each member's facts (its record, contact history, invitations and declines) with the
     *        facts every member shares
     */
    public RelationshipService(RuleEngine engine, Clock clock, int membersPerPart) {
        this(engine, clock, membersPerPart, null);
    }

    /** @param ruleSets the active versions, whose decisions over the stored network are kept; {@code null}: none */
    public RelationshipService(RuleEngine engine, Clock clock, int membersPerPart, @Nullable ActiveRuleSets ruleSets) {
        this.engine = engine;
        this.clock = clock;
        this.byMember = new Partitioning(type -> type == Member.class ? "id" : Partitioning.component(type, "memberId"),
                Set.of(AsOf.class, CoalitionSector.class, TargetMoment.class), membersPerPart);
        this.ruleSets = ruleSets;
        this.kept = new KeptDecisions(engine, byMember);
    }

    @Override
    public String ruleSet() {
        return RULE_SET;
    }

    @Override
    public Class<RelationshipRequest> requestType() {
        return RelationshipRequest.class;
    }

    @Override
    public RelationshipAnswer decide(RelationshipRequest request, RuleSet ruleSet) {
        validate(request);
        LocalDate asOf = request.asOf() == null ? LocalDate.now(clock) : request.asOf();
        return answer(request.members(), asOf, ruleSet, engine.evaluate(ruleSet, facts(request, asOf), byMember));
    }

    private static List<Object> facts(RelationshipRequest request, LocalDate asOf) {
        List<Object> facts = new ArrayList<>(2 * request.members().size() + 16);
        facts.add(new AsOf(asOf));
        facts.addAll(request.members());
        facts.addAll(ContactHistory.of(request.interactions(), asOf));
        flatten(request.coalitions(), request.campaigns(), facts);
        return facts;
    }

    private static RelationshipAnswer answer(List<Member> members, LocalDate asOf, RuleSet ruleSet,
            Evaluation evaluation) {
        Map<String, Long> daysSinceContact = new HashMap<>();
        evaluation.all(LastContact.class).forEach(last -> daysSinceContact.put(last.memberId(), last.daysSince()));
        Map<String, String> owners = new HashMap<>();
        members.stream().filter(member -> member.owner() != null)
                .forEach(member -> owners.put(member.id(), member.owner()));
        List<Alert> alerts = evaluation.all(Alert.class, (alert, rule) -> alert
                .explained(daysSinceContact.get(alert.memberId()), rule, owners.get(alert.memberId())));
        alerts.sort(ORDER);
        return new RelationshipAnswer(RuleSetRef.of(ruleSet), asOf, Collections.unmodifiableList(alerts),
                evaluation.firedRules());
    }

    /**
     * The same question over the stored network. As of today and on the active version, each member's results are
     * kept, so after a write only the members whose facts changed are decided again; another day is decided whole.
     */
    public RelationshipAnswer decide(StoredNetwork network, LocalDate asOf, RuleSet ruleSet) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = asOf == null ? today : asOf;
        boolean keep = ruleSets != null && day.equals(today) && ruleSets.find(RULE_SET).orElse(null) == ruleSet;
        return decide(network, day, ruleSet, keep);
    }

    /** Builds the kept results of a version about to be activated, beside the active one's. */
    public void prepare(StoredNetwork network, RuleSet next) {
        if (ruleSets != null) {
            decide(network, LocalDate.now(clock), next, true);
        }
    }

    private RelationshipAnswer decide(StoredNetwork network, LocalDate asOf, RuleSet ruleSet, boolean keep) {
        if (!keep) {
            return decide(request(network, asOf), ruleSet);
        }
        Evaluation evaluation = kept.evaluate(RULE_SET, ruleSet, List.of(network, asOf), () -> {
            RelationshipRequest request = request(network, asOf);
            validate(request);
            return facts(request, asOf);
        }, before -> changedSince(before, network, asOf));
        Answered last = answered;
        if (last != null && last.evaluation() == evaluation) {
            return last.answer();
        }
        RelationshipAnswer answer = answer(network.members(), asOf, ruleSet, evaluation);
        answered = new Answered(evaluation, answer);
        return answer;
    }

    /**
     * The facts of the members a write touched since the kept evaluation's network, as of the same day. Not checked
     * again: they passed the store's checks when written, and the rest of the network is as it was decided.
     */
    private static KeptDecisions.@Nullable Changed changedSince(List<?> before, StoredNetwork network, LocalDate asOf) {
        if (!(before.get(0) instanceof StoredNetwork earlier) || !asOf.equals(before.get(1))) {
            return null;
        }
        Set<String> touched = network.membersChangedSince(earlier);
        if (touched == null) {
            return null;
        }
        List<Member> members = network.members().stream().filter(member -> touched.contains(member.id())).toList();
        List<Object> facts = facts(new RelationshipRequest(asOf, members, network.interactionFactsOf(touched),
                network.coalitions(), network.campaigns()), asOf);
        // The other members' invitations and declines are as they were kept.
        facts.removeIf(fact -> fact instanceof Invited invited && !touched.contains(invited.memberId())
                || fact instanceof Decline decline && !touched.contains(decline.memberId()));
        return new KeptDecisions.Changed(touched, facts);
    }

    private static RelationshipRequest request(StoredNetwork network, LocalDate asOf) {
        return new RelationshipRequest(asOf, network.members(), network.interactionFacts(), network.coalitions(),
                network.campaigns());
    }

    /** The answer last made of a kept evaluation: asked again without a write, it is the answer. */
    private record Answered(Evaluation evaluation, RelationshipAnswer answer) {
    }

    /** Every rule firing the kept alerts cost so far: what a write cost, counted rather than timed. */
    public long firings() {
        return kept.firings();
    }

    /** Every fact made for the kept alerts so far: a write should make its members' facts, not the network's. */
    public long factsMade() {
        return kept.factsMade();
    }

    /** The rules of this version decided over the whole network rather than member by member, each with why. */
    public Map<String, String> decidedWhole(RuleSet ruleSet) {
        return kept.decidedWhole(ruleSet);
    }

    /**
     * One fact per coalition sector, invitation and decline, so the rules can join on ids and sectors; one per
     * moment and target of each campaign, so they can join a moment on a member's reaches.
     */
    private static void flatten(List<Coalition> coalitions, List<Campaign> campaigns, List<Object> facts) {
        Map<String, CampaignStatus> statuses = new HashMap<>();
        for (Campaign campaign : campaigns) {
            statuses.put(campaign.id(), campaign.status());
            for (Moment moment : campaign.moments()) {
                for (Target target : campaign.targets()) {
                    facts.add(new TargetMoment(campaign.id(), target.id(), campaign.status(), moment.on(),
                            moment.what()));
                }
            }
        }
        for (Coalition coalition : coalitions) {
            CampaignStatus status = coalition.campaignId() == null ? null : statuses.get(coalition.campaignId());
            for (Sector sector : coalition.sectors()) {
                facts.add(new CoalitionSector(coalition.id(), sector, coalition.formedOn(), status));
                for (String memberId : coalition.invited()) {
                    facts.add(new Invited(coalition.id(), memberId, sector, coalition.formedOn(), status));
                }
            }
            for (CoalitionResponse response : coalition.responses()) {
                if (response.response() == ResponseKind.DECLINED) {
                    facts.add(new Decline(coalition.id(), response.memberId(), response.reason(), response.date()));
                }
            }
        }
    }

    /** Every check a request must pass before any rule sees it; public so benchmarks can run the same ones. */
    public static void validate(RelationshipRequest request) {
        Problems problems = new Problems();
        problems.date("asOf", request.asOf());
        NetworkChecks.members(problems, request.members());
        NetworkChecks.references(problems, request.members(), request.interactions(), request.coalitions());
        if (problems.requiredList("campaigns", request.campaigns())) {
            Map<String, String> targetIds = new HashMap<>();
            for (int i = 0; i < request.campaigns().size(); i++) {
                NetworkChecks.campaign(problems, "campaigns[" + i + "]", request.campaigns().get(i), targetIds);
            }
        }
        problems.throwIfAny();
    }
}
