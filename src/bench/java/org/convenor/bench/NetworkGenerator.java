package org.convenor.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.convenor.coalitions.CoalitionRequest;
import org.convenor.fees.Convenor;
import org.convenor.fees.FeeRequest;
import org.convenor.network.Campaign;
import org.convenor.network.Coalition;
import org.convenor.network.CoalitionResponse;
import org.convenor.network.DeclineReason;
import org.convenor.network.Interaction;
import org.convenor.network.InteractionKind;
import org.convenor.introductions.IntroductionRequest;
import org.convenor.network.Link;
import org.convenor.network.LinkKind;
import org.convenor.network.Member;
import org.convenor.network.MemberKind;
import org.convenor.network.ResponseKind;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Target;
import org.convenor.network.TargetKind;
import org.convenor.network.Theme;
import org.convenor.network.Tier;
import org.convenor.relationships.RelationshipRequest;

/** A made-up but plausible network, the same for the same seed, for benchmarks. */
public final class NetworkGenerator {

    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 25);
    private static final String[] COUNTRIES = {"GB", "US", "FR", "DE", "NO", "CH", "KE", "NG", "SY", "LB", "JO", "BR",
        "IN", "ZA", "SE", "NL"};
    private static final String[] TARGETS = {"p5-member", "defence-ministry", "air-command"};

    private final Random random;

    public NetworkGenerator(long seed) {
        this.random = new Random(seed);
    }

    public List<Member> members(int count) {
        List<Member> members = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean organisation = random.nextInt(10) < 6;
            List<Role> roles = new ArrayList<>(List.of(pick(Role.values())));
            if (random.nextInt(4) == 0) {
                Role second = pick(Role.values());
                if (!roles.contains(second)) {
                    roles.add(second);
                }
            }
            List<Sector> sectors = new ArrayList<>(List.of(pick(Sector.values())));
            if (random.nextBoolean()) {
                Sector second = pick(Sector.values());
                if (!sectors.contains(second)) {
                    sectors.add(second);
                }
            }
            List<String> reaches = random.nextInt(20) == 0 ? List.of(pick(TARGETS)) : List.of();
            members.add(new Member("m" + i, "Member " + i, organisation ? MemberKind.ORGANISATION : MemberKind.PERSON,
                    roles, random.nextInt(7) == 0 ? Tier.KEY : Tier.STANDARD, sectors, pick(COUNTRIES), null,
                    organisation ? BigDecimal.valueOf(10_000L + random.nextLong(400_000_000L)) : null,
                    random.nextInt(30) == 0 ? Boolean.TRUE : null, reaches, null, null, null));
        }
        return members;
    }

    public List<Interaction> interactions(List<Member> members, int perMember) {
        List<Interaction> interactions = new ArrayList<>(members.size() * perMember);
        for (Member member : members) {
            for (int i = 0; i < perMember; i++) {
                interactions.add(new Interaction(member.id(), AS_OF.minusDays(random.nextInt(400)),
                        pick(InteractionKind.values()), null));
            }
        }
        return interactions;
    }

    public List<Coalition> coalitions(List<Member> members, int count, String campaignId) {
        List<Coalition> coalitions = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            List<String> invited = new ArrayList<>();
            List<CoalitionResponse> responses = new ArrayList<>();
            LocalDate formedOn = AS_OF.minusDays(random.nextInt(365));
            for (int i = 0; i < 12; i++) {
                String memberId = members.get(random.nextInt(members.size())).id();
                if (invited.contains(memberId)) {
                    continue;
                }
                invited.add(memberId);
                if (random.nextInt(5) == 0) {
                    responses.add(new CoalitionResponse(memberId, ResponseKind.DECLINED,
                            random.nextBoolean() ? DeclineReason.DISAGREES_WITH_APPROACH : DeclineReason.PRIORITIES_ELSEWHERE,
                            formedOn.plusDays(3)));
                }
            }
            coalitions.add(new Coalition("k" + c, c % 2 == 0 ? campaignId : "other", List.of(pick(Sector.values())),
                    formedOn, invited, responses));
        }
        return coalitions;
    }

    public FeeRequest fees(int members) {
        return new FeeRequest(new Convenor(BigDecimal.valueOf(50_000_000), "GBP"), members(members));
    }

    public CoalitionRequest coalitions(int memberCount, int interactionsPerMember) {
        List<Member> members = members(memberCount);
        Campaign campaign = new Campaign("syria-cross-border", "Keep aid crossing the border", "Syria",
                List.of(Theme.HUMANITARIAN_ACCESS, Theme.ATTACKS_ON_HEALTHCARE, Theme.PROTECTION_OF_CIVILIANS),
                List.of(new Target(TARGETS[0], "A permanent member", TargetKind.UN_SECURITY_COUNCIL,
                                List.of(Sector.DIPLOMATIC)),
                        new Target(TARGETS[1], "Defence ministry", TargetKind.DEFENCE_MINISTRY, List.of()),
                        new Target(TARGETS[2], "Air command", TargetKind.MILITARY_COMMAND, List.of())));
        return new CoalitionRequest(AS_OF, campaign, members, interactions(members, interactionsPerMember),
                coalitions(members, 20, campaign.id()));
    }

    public RelationshipRequest relationships(int memberCount, int interactionsPerMember) {
        List<Member> members = members(memberCount);
        return new RelationshipRequest(AS_OF, members, interactions(members, interactionsPerMember),
                coalitions(members, 20, "campaign"), List.of());
    }

    /**
     * A network for the introductions: every fifth member joined within the last 400 days (so some allies are
     * new), and one KNOWS link per ten members between members picked at random.
     */
    public IntroductionRequest introductions(int memberCount, int interactionsPerMember) {
        List<Member> members = new ArrayList<>(memberCount);
        for (Member m : members(memberCount)) {
            LocalDate joined = random.nextInt(5) == 0 ? AS_OF.minusDays(random.nextInt(400)) : null;
            members.add(new Member(m.id(), m.name(), m.kind(), m.roles(), m.tier(), m.sectors(), m.country(),
                    m.globalSouth(), m.annualIncome(), m.feeWaiver(), m.reaches(), m.owner(), joined, m.incomeCurrency()));
        }
        List<Link> links = new ArrayList<>(memberCount / 10);
        java.util.Set<String> linked = new java.util.HashSet<>();
        while (links.size() < memberCount / 10) {
            String from = members.get(random.nextInt(memberCount)).id();
            String to = members.get(random.nextInt(memberCount)).id();
            String key = from.compareTo(to) < 0 ? from + " " + to : to + " " + from;
            if (!from.equals(to) && linked.add(key)) {
                links.add(new Link(null, from, to, LinkKind.KNOWS, null));
            }
        }
        return new IntroductionRequest(AS_OF, members, interactions(members, interactionsPerMember),
                coalitions(members, 20, "campaign"), links);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
