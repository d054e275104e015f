package org.convenor.network.imports.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.convenor.network.Campaign;
import org.convenor.network.Coalition;
import org.convenor.network.CoalitionResponse;
import org.convenor.network.DeclineReason;
import org.convenor.network.Interaction;
import org.convenor.network.InteractionKind;
import org.convenor.network.Member;
import org.convenor.network.MemberKind;
import org.convenor.network.ResponseKind;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Target;
import org.convenor.network.TargetKind;
import org.convenor.network.Theme;
import org.convenor.network.Tier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo network in {@code docs/demo} as committed: it loads (every id, reference and enum word valid), covers
 * the whole vocabulary, and holds what the headline rule change (standard journalists every 60 days, not 90)
 * and the console pages are shown on.
 */
class DemoFilesTests {

    static final Path DEMO = Path.of("docs/demo");
    /** The last day of the files; the loader moves it to yesterday. */
    static final LocalDate END = LocalDate.of(2026, 11, 25);
    static final Set<Role> VOICES = EnumSet.of(Role.PARTNER, Role.ALLY, Role.PROSPECT);
    static final Set<String> COUNTRIES = new HashSet<>(Arrays.asList(Locale.getISOCountries()));
    static final Set<String> HIGH_INCOME = Set.of("GB", "IE", "US", "CA", "FR", "BE", "CH", "DE", "NL", "NO", "SE", "DK");
    static final Set<String> LOW_OR_MIDDLE_INCOME = Set.of("KE", "NG", "SY", "LB", "JO", "SD", "UA", "CO", "BR", "IN",
            "ZA", "PS", "YE", "SS", "IQ", "TR", "UG", "PK", "MX", "GH", "SN", "XK");

    static List<Member> members;
    static Map<String, Member> byId;
    static List<Interaction> interactions;
    static List<Coalition> coalitions;
    static List<Campaign> campaigns;
    static Map<String, Integer> daysSinceContact;

    @BeforeAll
    static void read() throws IOException {
        List<Map<String, String>> memberRows = rows("members.csv");
        members = memberRows.stream().map(DemoFilesTests::member).toList();
        byId = members.stream().collect(Collectors.toMap(Member::id, Function.identity(), (a, b) -> a));
        interactions = rows("interactions.csv").stream()
                .map(r -> new Interaction(r.get("memberId"), LocalDate.parse(r.get("date")),
                        InteractionKind.valueOf(r.get("kind")), blankToNull(r.get("note"))))
                .toList();
        JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        coalitions = List.of(json.readValue(DEMO.resolve("coalitions.json").toFile(), Coalition[].class));
        campaigns = List.of(json.readValue(DEMO.resolve("campaigns.json").toFile(), Campaign[].class));
        daysSinceContact = new LinkedHashMap<>();
        for (Interaction i : interactions) {
            daysSinceContact.merge(i.memberId(), (int) ChronoUnit.DAYS.between(i.date(), END), Math::min);
        }
    }

    @Test
    void filesAreUtf8WithLineFeedsAndTheContractsHeaders() throws IOException {
        for (String file : List.of("members.csv", "interactions.csv", "coalitions.json", "campaigns.json", "convenor.json")) {
            String text = strictUtf8(DEMO.resolve(file));
            assertThat(text).as(file).doesNotContain("\r").doesNotStartWith("\uFEFF").endsWith("\n");
        }
        assertThat(strictUtf8(DEMO.resolve("members.csv")))
                .startsWith("id,name,kind,roles,tier,sectors,country,globalSouth,annualIncome,feeWaiver,reaches,incomeCurrency,"
                        + "restricted,serving,publiclyNameable\n");
        assertThat(strictUtf8(DEMO.resolve("interactions.csv"))).startsWith("memberId,date,kind,note,confidential\n");
    }

    @Test
    void memberIdsAreUniqueSlugsAndEveryFieldIsValid() {
        assertThat(members).extracting(Member::id).doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z0-9-]+"));
        assertThat(members).allSatisfy(m -> {
            assertThat(m.name()).as(m.id()).isNotBlank();
            assertThat(m.roles()).as(m.id()).isNotEmpty().doesNotContainNull();
            assertThat(m.sectors()).as(m.id()).isNotEmpty().doesNotContainNull();
            if (m.country() != null) {
                assertThat(COUNTRIES.contains(m.country()) || m.country().equals("XK")).as(m.id() + " " + m.country()).isTrue();
            }
            if (m.annualIncome() != null) {
                assertThat(m.annualIncome()).as(m.id()).isPositive();
                assertThat(m.kind()).as(m.id() + " has an income").isEqualTo(MemberKind.ORGANISATION);
            }
        });
        Set<String> targets = campaigns.stream().flatMap(c -> c.targets().stream()).map(Target::id).collect(Collectors.toSet());
        assertThat(members).flatExtracting(Member::reaches).isNotEmpty().allMatch(targets::contains);
        assertThat(members).filteredOn(m -> "XK".equals(m.country())).hasSizeBetween(1, 2);
        assertThat(members).extracting(Member::name).anyMatch(n -> n.contains(",")).anyMatch(n -> n.contains("\""))
                .anyMatch(n -> !n.equals(ascii(n)));
    }

    @Test
    void aboutThreeHundredMembersCoverEveryRoleSectorTierAndKind() {
        assertThat(members).hasSizeBetween(280, 320);
        assertThat(members).flatExtracting(Member::roles).containsAll(EnumSet.allOf(Role.class));
        assertThat(members).flatExtracting(Member::sectors).containsAll(EnumSet.allOf(Sector.class));
        assertThat(members).extracting(Member::kind).containsAll(EnumSet.allOf(MemberKind.class));
        long key = members.stream().filter(m -> m.tier() == Tier.KEY).count();
        assertThat(key * 100 / members.size()).as("percent KEY").isBetween(10L, 20L);
        assertThat(members).filteredOn(m -> m.roles().size() > 1).hasSizeGreaterThanOrEqualTo(5);
        assertThat(members).filteredOn(m -> m.hasRole(Role.PARTNER) || m.hasRole(Role.PROSPECT))
                .extracting(Member::kind).containsOnly(MemberKind.ORGANISATION);
        for (Role role : List.of(Role.JOURNALIST, Role.POLICY_MAKER)) {
            List<Member> holders = members.stream().filter(m -> m.hasRole(role)).toList();
            assertThat(holders.stream().filter(m -> m.kind() == MemberKind.PERSON).count() * 10)
                    .as("mostly people: " + role).isGreaterThanOrEqualTo(holders.size() * 9L);
        }
    }

    @Test
    void interactionsReferToMembersAndSpanTwelveMonthsEndingOnTheLastDay() {
        assertThat(interactions).extracting(Interaction::memberId).allMatch(byId::containsKey);
        assertThat(interactions).extracting(Interaction::date)
                .allMatch(d -> !d.isAfter(END) && !d.isBefore(END.minusDays(364)))
                .contains(END);
        assertThat(interactions).extracting(i -> List.of(i.memberId(), i.date(), i.kind(), Objects.toString(i.note())))
                .as("identical rows would be stored once").doesNotHaveDuplicates();
        assertThat(interactions).extracting(Interaction::kind).containsAll(EnumSet.allOf(InteractionKind.class));
        assertThat(interactions).extracting(Interaction::note).filteredOn(Objects::nonNull)
                .anyMatch(n -> n.contains(",")).anyMatch(n -> n.contains("\""));
        assertThat(members).filteredOn(m -> !daysSinceContact.containsKey(m.id())).as("never contacted").isNotEmpty();
        assertThat(members).filteredOn(m -> daysSinceContact.getOrDefault(m.id(), 999) <= 60).as("in touch")
                .hasSizeGreaterThan(members.size() / 2);
        List<Member> partners = members.stream().filter(m -> m.hasRole(Role.PARTNER)).toList();
        assertThat(partners).as("partners in touch but without an intel update in 90 days")
                .anyMatch(p -> daysSinceContact.getOrDefault(p.id(), 999) <= 45 && lastOf(p, InteractionKind.INTEL_UPDATE) > 90);
        assertThat(partners).as("partners in touch but without a convening in 180 days")
                .anyMatch(p -> daysSinceContact.getOrDefault(p.id(), 999) <= 45 && lastOf(p, InteractionKind.CONVENING) > 180);
    }

    /**
     * The headline task changes the standard journalist cadence from 90 to 60 days and previews the change:
     * 61-90 days since contact are added, 121-180 turn critical, 91-120 and over 180 change their words. Each
     * band must be there, and stay the same band when the loader moves the dates a day or two forward.
     */
    @Test
    void standardJournalistsFillEveryBandOfTheHeadlineChange() {
        List<Member> standardJournalists = members.stream()
                .filter(m -> m.roles().equals(List.of(Role.JOURNALIST)) && m.tier() == Tier.STANDARD).toList();
        Map<String, Long> bands = standardJournalists.stream().filter(m -> daysSinceContact.containsKey(m.id()))
                .collect(Collectors.groupingBy(m -> band(daysSinceContact.get(m.id())), Collectors.counting()));

        assertThat(bands.getOrDefault("0-60", 0L)).isGreaterThanOrEqualTo(5);
        assertThat(bands.getOrDefault("61-90", 0L)).isGreaterThanOrEqualTo(4);
        assertThat(bands.getOrDefault("91-120", 0L)).isGreaterThanOrEqualTo(3);
        assertThat(bands.getOrDefault("121-180", 0L)).isGreaterThanOrEqualTo(3);
        assertThat(bands.getOrDefault("181+", 0L)).isGreaterThanOrEqualTo(2);
        assertThat(standardJournalists).filteredOn(m -> daysSinceContact.containsKey(m.id())).allSatisfy(m -> {
            int days = daysSinceContact.get(m.id());
            assertThat(List.of(band(days + 1), band(days + 2))).as(m.id() + " at " + days + " days").containsOnly(band(days));
        });
    }

    /** Members who are not standard journalists must be there too, so "nobody else changes" means something. */
    @Test
    void otherJournalistsAreThereAndOutOfTheChangesWay() {
        List<Member> journalists = members.stream().filter(m -> m.hasRole(Role.JOURNALIST)).toList();
        assertThat(journalists).filteredOn(m -> m.tier() == Tier.KEY && m.roles().size() == 1)
                .extracting(m -> daysSinceContact.getOrDefault(m.id(), 0)).as("key journalists, some past 60 days")
                .hasSizeGreaterThanOrEqualTo(2).anyMatch(days -> days > 60);
        List<Member> withAnotherRole = journalists.stream().filter(m -> m.roles().size() > 1).toList();
        assertThat(withAnotherRole).hasSizeGreaterThanOrEqualTo(2);
        // A journalist cadence could set a standard one's cadence (tied or shortest), so it is in touch within 55
        // days and no cadence change between 60 and 90 moves it.
        assertThat(withAnotherRole).filteredOn(m -> m.tier() == Tier.STANDARD)
                .allMatch(m -> daysSinceContact.getOrDefault(m.id(), 999) <= 55);
    }

    @Test
    void campaignsUseTheVocabularyAndTargetIdsAreUniqueAcrossThem() {
        assertThat(campaigns).hasSizeBetween(2, 8).extracting(Campaign::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9-]+"));
        assertThat(campaigns).flatExtracting(Campaign::targets).extracting(Target::id).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9-]+"));
        assertThat(campaigns).allSatisfy(c -> {
            assertThat(c.name()).isNotBlank();
            assertThat(c.themes()).as(c.id()).isNotEmpty().doesNotContainNull();
            assertThat(c.targets()).as(c.id()).isNotEmpty().allSatisfy(t -> {
                assertThat(t.kind()).isNotNull();
                assertThat(t.listensTo()).doesNotContainNull();
            });
        });
        assertThat(campaigns).as("the handbook's Syria case").anyMatch(c -> c.themes().contains(Theme.HUMANITARIAN_ACCESS)
                && c.targets().stream().anyMatch(t -> t.kind() == TargetKind.UN_SECURITY_COUNCIL
                        && t.listensTo().contains(Sector.DIPLOMATIC)));
    }

    /**
     * Only partners, allies and prospects lend their voice; none of them is in the military world, though a
     * journalist and policy-makers are. So the hospitals campaign, which calls for military voices, shows a gap.
     */
    @Test
    void theHospitalsCampaignShowsAGapInTheMilitaryWorld() {
        Campaign hospitals = campaigns.stream().filter(c -> c.themes().contains(Theme.ATTACKS_ON_HEALTHCARE))
                .findFirst().orElseThrow();
        assertThat(hospitals.targets()).anyMatch(t -> t.kind() == TargetKind.MILITARY_COMMAND
                || t.kind() == TargetKind.DEFENCE_MINISTRY || t.listensTo().contains(Sector.MILITARY));
        assertThat(members).filteredOn(m -> m.sectors().contains(Sector.MILITARY))
                .noneMatch(m -> m.roles().stream().anyMatch(VOICES::contains))
                .anyMatch(m -> m.hasRole(Role.JOURNALIST))
                .anyMatch(m -> m.hasRole(Role.POLICY_MAKER));
        assertThat(members).as("the other sectors it calls for have voices")
                .anyMatch(m -> m.sectors().contains(Sector.MEDICAL) && m.roles().stream().anyMatch(VOICES::contains))
                .anyMatch(m -> m.sectors().contains(Sector.LEGAL) && m.roles().stream().anyMatch(VOICES::contains));
    }

    @Test
    void coalitionsReferToMembersAndCampaignsAndShowDeclines() {
        Set<String> campaignIds = campaigns.stream().map(Campaign::id).collect(Collectors.toSet());
        assertThat(coalitions).hasSizeBetween(4, 8).extracting(Coalition::id).doesNotHaveDuplicates();
        assertThat(coalitions).allSatisfy(c -> {
            assertThat(c.campaignId()).as(c.id()).isIn(campaignIds);
            assertThat(c.sectors()).as(c.id()).isNotEmpty().doesNotContainNull();
            assertThat(c.formedOn()).as(c.id()).isBeforeOrEqualTo(END);
            assertThat(c.invited()).as(c.id()).isNotEmpty().allMatch(byId::containsKey);
            assertThat(c.responses()).as(c.id()).allSatisfy(r -> {
                assertThat(c.invited()).contains(r.memberId());
                assertThat(r.response()).isNotNull();
                assertThat(r.date()).isBeforeOrEqualTo(END);
                assertThat(r.reason() != null).as(r.memberId() + ": a reason only with a decline")
                        .isEqualTo(r.response() == ResponseKind.DECLINED);
            });
            assertThat(c.responses()).extracting(CoalitionResponse::memberId).doesNotHaveDuplicates();
        });
        assertThat(coalitions).as("formed in the last 180 days").anyMatch(c -> c.formedOn().isAfter(END.minusDays(180)));
        assertThat(responses()).anyMatch(CoalitionResponse::declinedInDisagreement)
                .anyMatch(r -> r.reason() == DeclineReason.PRIORITIES_ELSEWHERE);
        assertThat(coalitions).as("a decline in disagreement, then an opt-in to the same campaign")
                .anyMatch(declined -> declined.responses().stream().filter(CoalitionResponse::declinedInDisagreement)
                        .anyMatch(d -> coalitions.stream().filter(c -> c.campaignId().equals(declined.campaignId()))
                                .flatMap(c -> c.responses().stream())
                                .anyMatch(r -> r.memberId().equals(d.memberId()) && r.response() == ResponseKind.OPTED_IN
                                        && r.date().isAfter(d.date()))));
    }

    @Test
    void theFeeBookIsASmallShareOfTheConvenorsIncome() throws IOException {
        Map<?, ?> convenor = JsonMapper.builder().build().readValue(DEMO.resolve("convenor.json").toFile(), Map.class);
        assertThat(convenor.get("currency")).isEqualTo("GBP");
        BigDecimal income = new BigDecimal(convenor.get("annualIncome").toString());

        List<Member> partners = members.stream()
                .filter(m -> m.kind() == MemberKind.ORGANISATION && m.hasRole(Role.PARTNER)).toList();
        assertThat(partners).extracting(Member::country).filteredOn(Objects::nonNull)
                .allMatch(c -> HIGH_INCOME.contains(c) || LOW_OR_MIDDLE_INCOME.contains(c));
        assertThat(partners).as("needs information").anyMatch(m -> m.annualIncome() == null)
                .anyMatch(m -> m.country() == null);
        assertThat(partners).extracting(Member::feeWaiver).contains(true);
        assertThat(partners).extracting(Member::globalSouth).contains(true, false);
        assertThat(members).extracting(Member::incomeCurrency).as("incomes in their own currency").contains("KES", "CHF");
        assertThat(members).filteredOn(m -> m.annualIncome() != null).extracting(m -> band(Draft.inPounds(m)))
                .containsAll(List.of(250L, 1_000L, 2_500L, 5_000L, 10_000L));

        BigDecimal fees = BigDecimal.ZERO;
        for (Member m : partners) {
            if (m.country() == null || m.annualIncome() == null || Boolean.TRUE.equals(m.feeWaiver())) {
                continue; // needs information, or waived
            }
            boolean south = m.globalSouth() != null ? m.globalSouth() : LOW_OR_MIDDLE_INCOME.contains(m.country());
            if (!south) {
                fees = fees.add(BigDecimal.valueOf(Math.min(band(Draft.inPounds(m)), Draft.inPounds(m).longValue() / 200)));
            }
        }
        assertThat(fees).isPositive();
        assertThat(fees.doubleValue() / income.doubleValue()).as("share of income under the default policy")
                .isBetween(0.01, 0.08);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static int lastOf(Member member, InteractionKind kind) {
        return interactions.stream().filter(i -> i.memberId().equals(member.id()) && i.kind() == kind)
                .mapToInt(i -> (int) ChronoUnit.DAYS.between(i.date(), END)).min().orElse(999);
    }

    private static List<CoalitionResponse> responses() {
        return coalitions.stream().flatMap(c -> c.responses().stream()).toList();
    }

    private static String band(int days) {
        return days <= 60 ? "0-60" : days <= 90 ? "61-90" : days <= 120 ? "91-120" : days <= 180 ? "121-180" : "181+";
    }

    /** The default policy's fee band for an income. */
    private static long band(BigDecimal income) {
        long value = income.longValue();
        return value < 1_000_000 ? 250 : value < 10_000_000 ? 1_000 : value < 50_000_000 ? 2_500
                : value < 250_000_000 ? 5_000 : 10_000;
    }

    private static Member member(Map<String, String> r) {
        return new Member(r.get("id"), r.get("name"), MemberKind.valueOf(r.get("kind")), enums(Role.class, r.get("roles")),
                r.get("tier").isEmpty() ? null : Tier.valueOf(r.get("tier")), enums(Sector.class, r.get("sectors")),
                blankToNull(r.get("country")), bool(r.get("globalSouth")),
                r.get("annualIncome").isEmpty() ? null : new BigDecimal(r.get("annualIncome")), bool(r.get("feeWaiver")),
                r.get("reaches").isEmpty() ? List.of() : List.of(r.get("reaches").split(";")), null, null,
                blankToNull(r.get("incomeCurrency")), bool(r.get("restricted")), List.of(), bool(r.get("serving")),
                bool(r.get("publiclyNameable")));
    }

    private static <E extends Enum<E>> List<E> enums(Class<E> type, String cell) {
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split(";")).map(w -> Enum.valueOf(type, w)).toList();
    }

    private static Boolean bool(String cell) {
        assertThat(cell).isIn("", "true", "false");
        return cell.isEmpty() ? null : Boolean.valueOf(cell);
    }

    private static String blankToNull(String cell) {
        return cell.isEmpty() ? null : cell;
    }

    private static String strictUtf8(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(file + " is not UTF-8", e);
        }
    }

    /** The rows of a CSV file by its header (RFC 4180: quoted cells, doubled quotes, line breaks in quotes). */
    private static List<Map<String, String>> rows(String file) throws IOException {
        List<List<String>> records = parse(strictUtf8(DEMO.resolve(file)));
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            assertThat(record).as(file + " row " + (rows.size() + 2)).hasSameSizeAs(header);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                assertThat(cell).as("a quote inside an unquoted cell").isEmpty();
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        assertThat(quoted).as("an unclosed quote").isFalse();
        if (!record.isEmpty() || cell.length() > 0) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }

    /** Plain letters: "Núñez" becomes "Nunez". */
    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
