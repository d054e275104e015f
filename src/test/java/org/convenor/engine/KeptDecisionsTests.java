package org.convenor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.convenor.FrozenPolicy;
import org.convenor.TempRules;
import org.convenor.bench.Fixtures;
import org.convenor.bench.NetworkGenerator;
import org.convenor.coalitions.CoalitionAnswer;
import org.convenor.coalitions.CoalitionService;
import org.convenor.engine.compile.RuleSetCompiler;
import org.convenor.fees.FeeAnswer;
import org.convenor.fees.FeeService;
import org.convenor.introductions.IntroductionAnswer;
import org.convenor.introductions.IntroductionService;
import org.convenor.network.Campaign;
import org.convenor.network.Coalition;
import org.convenor.network.Interaction;
import org.convenor.network.InteractionKind;
import org.convenor.network.Member;
import org.convenor.network.Tier;
import org.convenor.network.store.ConvenorIncome;
import org.convenor.network.store.StoredInteraction;
import org.convenor.network.store.StoredNetwork;
import org.convenor.relationships.RelationshipAnswer;
import org.convenor.relationships.RelationshipService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kept decisions answer what deciding from scratch answers: on generated networks, after random runs of writes
 * (contacts, member edits, income changes, imports, erasures), publishes and restores, every field is the same
 * (the fired rules compared in one fixed order). And a logged contact costs the rules one member's firings.
 */
class KeptDecisionsTests {

    static final LocalDate TODAY = NetworkGenerator.AS_OF;
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path folder;

    final ActiveRuleSets active = new ActiveRuleSets(CLOCK);
    final RelationshipService keptAlerts = new RelationshipService(Fixtures.ENGINE, CLOCK, 40, active);
    final RelationshipService freshAlerts = new RelationshipService(Fixtures.ENGINE, CLOCK, 40);
    final FeeService keptFees = new FeeService(Fixtures.ENGINE, active);
    final FeeService freshFees = new FeeService(Fixtures.ENGINE);
    final CoalitionService keptCampaigns = new CoalitionService(Fixtures.ENGINE, CLOCK, active);
    final CoalitionService freshCampaigns = new CoalitionService(Fixtures.ENGINE, CLOCK);
    final IntroductionService keptIntroductions = new IntroductionService(Fixtures.ENGINE, CLOCK, active);
    final IntroductionService freshIntroductions = new IntroductionService(Fixtures.ENGINE, CLOCK);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void afterRandomWritesPublishesAndRestoresTheKeptAnswersAreTheFreshOnes(long seed) {
        Random random = new Random(seed);
        List<RuleSet> relationships = List.of(Fixtures.ruleSet("relationships"),
                edited("relationships", "policy.drl", "Role.JOURNALIST,    60,   90", "Role.JOURNALIST,    30,   90"));
        List<RuleSet> fees = List.of(Fixtures.ruleSet("fees"), edited("fees", "policy.drl", "\"0.08\"", "\"0.0001\""));
        List<RuleSet> coalitions = List.of(Fixtures.ruleSet("coalitions"));
        RuleSet introductions = Fixtures.ruleSet("introductions");
        active.activate(relationships.get(0));
        active.activate(fees.get(0));
        active.activate(coalitions.get(0));
        active.activate(introductions);
        Network network = Network.generated(seed, 150);

        for (int step = 0; step < 30; step++) {
            switch (random.nextInt(9)) {
                case 0 -> active.activate(relationships.get(random.nextInt(2)));
                case 1 -> active.activate(fees.get(random.nextInt(2)));
                default -> network.write(random);
            }
            StoredNetwork stored = network.stored();
            assertSame(keptAlerts.decide(stored, TODAY, active.get("relationships")),
                    freshAlerts.decide(stored, TODAY, active.get("relationships")));
            assertSame(keptFees.decide(stored, active.get("fees")), freshFees.decide(stored, active.get("fees")));
            Campaign campaign = stored.campaigns().get(0);
            assertSame(keptCampaigns.decide(stored, campaign, TODAY, active.get("coalitions")),
                    freshCampaigns.decide(stored, campaign, TODAY, active.get("coalitions")));
            assertSame(keptIntroductions.decide(stored, TODAY, introductions),
                    freshIntroductions.decide(stored, TODAY, introductions));
        }
        // Kept per member, not evaluated whole behind the scenes: only those evaluations count their firings (the
        // recommendations, whose candidates follow from what is decided about the whole campaign, are kept whole).
        assertThat(keptAlerts.firings()).isPositive();
        assertThat(keptFees.firings()).isPositive();
    }

    @Test
    void aLoggedContactCostsOneMembersFirings() {
        RuleSet relationships = Fixtures.ruleSet("relationships");
        active.activate(relationships);
        Network network = Network.generated(7, 400);
        RelationshipAnswer first = keptAlerts.decide(network.stored(), TODAY, relationships);
        long before = keptAlerts.firings();
        long made = keptAlerts.factsMade();

        network.contact(network.members.get(17).id(), TODAY.minusDays(1));
        RelationshipAnswer after = keptAlerts.decide(network.stored(), TODAY, relationships);

        assertThat(before).isGreaterThan(400);
        assertThat(keptAlerts.firings() - before).isPositive().isLessThanOrEqualTo(10);
        assertThat(keptAlerts.factsMade() - made).as("that member's facts and the shared ones, not every member's")
                .isPositive().isLessThan(100);
        assertThat(after.alerts()).isNotEqualTo(first.alerts());
        assertSame(after, freshAlerts.decide(network.stored(), TODAY, relationships));
    }

    @Test
    void aLoggedContactCostsACampaignOneMembersLastContact() {
        RuleSet coalitions = Fixtures.ruleSet("coalitions");
        active.activate(coalitions);
        Network network = Network.generated(11, 400);
        Campaign campaign = network.stored().campaigns().get(0);
        keptCampaigns.decide(network.stored(), campaign, TODAY, coalitions);
        String member = network.members.get(23).id();
        long first = keptCampaigns.firings();

        network.contact(member, TODAY.minusDays(2));
        CoalitionAnswer after = keptCampaigns.decide(network.stored(), campaign, TODAY, coalitions);

        assertThat(keptCampaigns.firings() - first).as("the member's last contact, decided as it was and as it is")
                .isPositive().isLessThanOrEqualTo(2);
        assertThat(after.firedRules()).anySatisfy(rule -> assertThat(rule.facts()).contains(member));
        assertSame(after, freshCampaigns.decide(network.stored(), campaign, TODAY, coalitions));

        Member before = network.members.get(23);
        network.members.set(23, Network.with(before, "tier", before.tier() == Tier.KEY ? Tier.STANDARD : Tier.KEY));
        long firings = keptCampaigns.firings();
        CoalitionAnswer edited = keptCampaigns.decide(network.stored(), campaign, TODAY, coalitions);

        assertThat(keptCampaigns.firings()).as("a member the rules about the whole campaign read: decided whole")
                .isEqualTo(firings);
        assertSame(edited, freshCampaigns.decide(network.stored(), campaign, TODAY, coalitions));
    }

    @Test
    void aRuleSetThatCannotBeKeptPerMemberShowsItInItsFirstPart() {
        RuleSet coalitions = Fixtures.ruleSet("coalitions");
        active.activate(coalitions);
        StoredNetwork stored = Network.generated(13, 6000).stored();
        Campaign campaign = stored.campaigns().get(0);

        CoalitionAnswer kept = keptCampaigns.decide(stored, campaign, TODAY, coalitions);

        assertThat(keptCampaigns.firings()).as("one part of 1,000 members decided alone before it escapes, not 6,000")
                .isPositive().isLessThan(6000);
        assertSame(kept, freshCampaigns.decide(stored, campaign, TODAY, coalitions));
    }

    @Test
    void aLoggedCallLeavesTheIntroductionsAsTheyWere() {
        RuleSet introductions = Fixtures.ruleSet("introductions");
        active.activate(introductions);
        Network network = Network.generated(5, 400);
        IntroductionAnswer first = keptIntroductions.decide(network.stored(), TODAY, introductions);
        long firings = keptIntroductions.firings();

        network.contact(network.members.get(31).id(), TODAY.minusDays(1));
        IntroductionAnswer after = keptIntroductions.decide(network.stored(), TODAY, introductions);

        assertThat(first.introductions()).isNotEmpty();
        assertThat(keptIntroductions.firings() - firings).as("only the member's own side, decided as it was and is")
                .isLessThanOrEqualTo(2);
        assertSame(after, freshIntroductions.decide(network.stored(), TODAY, introductions));
        assertThat(after).as("the kept evaluation stood, and so its answer").isSameAs(first);
    }

    @Test
    void anotherDayOrAVersionNotActiveIsDecidedAfresh() {
        RuleSet relationships = Fixtures.ruleSet("relationships");
        active.activate(relationships);
        StoredNetwork stored = Network.generated(3, 100).stored();

        keptAlerts.decide(stored, TODAY.minusDays(3), relationships);
        keptAlerts.decide(stored, TODAY, Fixtures.ruleSet("relationships"));

        assertThat(keptAlerts.firings()).isZero();
    }

    @Test
    void theFeeBookTotalIsDecidedWholeAndSaysSo() {
        assertThat(keptFees.decidedWhole(Fixtures.ruleSet("fees"))).containsKey(
                "The fee book is measured against the convenor's income");
        assertThat(keptAlerts.decidedWhole(Fixtures.ruleSet("relationships"))).isEmpty();
    }

    private RuleSet edited(String name, String file, String from, String to) {
        TempRules rules = TempRules.copy(folder.resolve(name + from.hashCode()));
        rules.editRule(name + "/" + file, from, to);
        return new RuleSetCompiler().compile(name, rules.rules().resolve(name));
    }

    private static void assertSame(RelationshipAnswer kept, RelationshipAnswer fresh) {
        assertThat(kept.alerts()).isEqualTo(fresh.alerts());
        assertThat(kept.ruleSet()).isEqualTo(fresh.ruleSet());
        assertThat(ordered(kept.firedRules())).isEqualTo(ordered(fresh.firedRules()));
    }

    private static void assertSame(FeeAnswer kept, FeeAnswer fresh) {
        assertThat(kept.assessments()).isEqualTo(fresh.assessments());
        assertThat(kept.portfolio()).isEqualTo(fresh.portfolio());
        assertThat(kept.alerts()).isEqualTo(fresh.alerts());
        assertThat(ordered(kept.firedRules())).isEqualTo(ordered(fresh.firedRules()));
    }

    private static void assertSame(IntroductionAnswer kept, IntroductionAnswer fresh) {
        assertThat(kept.introductions()).isEqualTo(fresh.introductions());
        assertThat(kept.asOf()).isEqualTo(fresh.asOf());
        assertThat(ordered(kept.firedRules())).isEqualTo(ordered(fresh.firedRules()));
    }

    private static void assertSame(CoalitionAnswer kept, CoalitionAnswer fresh) {
        assertThat(kept.recommendations()).isEqualTo(fresh.recommendations());
        assertThat(kept.warnings()).isEqualTo(fresh.warnings());
        assertThat(kept.respectedDeclines()).isEqualTo(fresh.respectedDeclines());
        assertThat(ordered(kept.firedRules())).isEqualTo(ordered(fresh.firedRules()));
    }

    /** The fired rules by name, each with its facts sorted: the fixed order the two are compared in. */
    static List<FiredRule> ordered(List<FiredRule> fired) {
        return fired.stream().map(rule -> new FiredRule(rule.rule(), rule.description(),
                rule.facts().stream().sorted().toList())).sorted(Comparator.comparing(FiredRule::rule)).toList();
    }

    /** A generated network that random writes change as the store's writes would. */
    static final class Network {

        final NetworkGenerator generator;
        final List<Member> members;
        final List<StoredInteraction> interactions = new ArrayList<>();
        final List<Coalition> coalitions;
        final List<Campaign> campaigns;
        ConvenorIncome income = new ConvenorIncome(BigDecimal.valueOf(50_000_000), "GBP");
        long ids;
        int added;

        private Network(long seed, int size) {
            generator = new NetworkGenerator(seed);
            var request = generator.coalitions(size, 4);
            members = new ArrayList<>(request.members());
            request.interactions().forEach(i -> interactions.add(stored(i)));
            coalitions = new ArrayList<>(request.coalitions());
            campaigns = new ArrayList<>(List.of(request.campaign()));
        }

        static Network generated(long seed, int size) {
            return new Network(seed, size);
        }

        StoredNetwork stored() {
            return new StoredNetwork(income, List.copyOf(members), List.copyOf(interactions), List.copyOf(coalitions),
                    List.copyOf(campaigns));
        }

        void write(Random random) {
            Member member = members.get(random.nextInt(members.size()));
            switch (random.nextInt(6)) {
                case 0 -> contact(member.id(), TODAY.minusDays(random.nextInt(200)));
                case 1 -> members.set(members.indexOf(member), with(generator.members(1).get(0), "id", member.id()));
                case 2 -> members.set(members.indexOf(member), with(member, "annualIncome",
                        BigDecimal.valueOf(10_000L + random.nextInt(900_000_000))));
                case 3 -> income = new ConvenorIncome(BigDecimal.valueOf(1_000_000L + random.nextInt(90_000_000)), "GBP");
                case 4 -> generator.members(1 + random.nextInt(3))
                        .forEach(fresh -> members.add(with(fresh, "id", "n" + added++)));
                default -> erase(member.id());
            }
        }

        void contact(String memberId, LocalDate on) {
            interactions.add(stored(new Interaction(memberId, on, InteractionKind.CALL, null)));
        }

        private void erase(String memberId) {
            members.removeIf(member -> member.id().equals(memberId));
            interactions.removeIf(interaction -> interaction.memberId().equals(memberId));
            coalitions.replaceAll(coalition -> new Coalition(coalition.id(), coalition.campaignId(), coalition.sectors(),
                    coalition.formedOn(), coalition.invited().stream().filter(id -> !id.equals(memberId)).toList(),
                    coalition.responses().stream().filter(r -> !r.memberId().equals(memberId)).toList()));
        }

        private StoredInteraction stored(Interaction interaction) {
            return new StoredInteraction(++ids, interaction.memberId(), interaction.date(), interaction.kind(),
                    interaction.note(), false, null, null);
        }

        /** The member with one component changed. */
        static Member with(Member member, String component, Object value) {
            try {
                RecordComponent[] components = Member.class.getRecordComponents();
                Object[] values = new Object[components.length];
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    types[i] = components[i].getType();
                    values[i] = components[i].getName().equals(component) ? value
                            : components[i].getAccessor().invoke(member);
                }
                return Member.class.getDeclaredConstructor(types).newInstance(values);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
