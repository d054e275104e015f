package org.convenor.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;

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

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the demo network that ships in {@code docs/demo}: about 300 invented members (no real people or
 * organisations), a year of interactions ending on {@link #END}, five campaigns and seven coalitions. The same
 * files every run (fixed seed). Usage: {@code DemoNetworkWriter [directory]} (default {@code docs/demo}).
 *
 * <p>What the files are built to show, as of {@link #END}: most relationships tended, some neglected and some
 * never started; partners missing intel updates or convenings; partners left out of recent coalitions; a decline
 * in disagreement that was tended and two that were not; a member that declined a campaign in disagreement and
 * later opted in to another of its coalitions; fees in every band, waived, exempt and unknown; and no voice
 * (partner, ally or prospect) in the military world, so campaigns that call for military voices show a gap
 * that a journalist and policy-makers could help close.
 *
 * <p>Standard journalists (journalist as their only role) are spread over the bands the headline rule change
 * (standard journalist cadence 90 to 60 days) is checked on, each at least three days away from a band edge so
 * the bands hold when the loader moves the dates forward. Journalists with another role that a journalist
 * cadence could bind are all in touch within 45 days, so that change leaves them alone.
 */
public final class DemoNetworkWriter {

    /** The last day of the files; the loader moves every date so that this day becomes yesterday. */
    public static final LocalDate END = LocalDate.of(2026, 11, 25);
    /** The oldest day of the files, in days before {@link #END}: twelve months. */
    static final int OLDEST = 364;
    static final long SEED = 20_261_125L;
    /** The convenor's own income: the fee book comes to a few percent of it. */
    static final BigDecimal CONVENOR_INCOME = BigDecimal.valueOf(2_600_000);

    static final String MEMBERS_HEADER = "id,name,kind,roles,tier,sectors,country,globalSouth,annualIncome,feeWaiver,reaches";
    static final String INTERACTIONS_HEADER = "memberId,date,kind,note";

    // ---------------------------------------------------------------------------------------------- places

    private static final List<String> NORTH_PLACES = List.of("Hollin", "Aldmere", "Brackwater", "Corvell", "Dunmarrow",
            "Fennick", "Harrowmere", "Ivelby", "Kestrelmoor", "Larchfield", "Mirren", "Nettleby", "Orrinford", "Pellham",
            "Quillan", "Rookhaven", "Saltmere", "Thistlewood", "Umberley", "Wrenfield", "Yarrowby", "Ashcombe", "Greyling",
            "Marrowgate", "Bellhallow", "Copperleigh", "Tarnwick", "Stonereach", "Windlow", "Elderbrook", "Foxhallow",
            "Inverholt", "Kelderwick", "Oakenfold", "Ravensmere", "Tollbridge", "Vessingham", "Whitlowe", "Ostervik",
            "Kallmar", "Lysmoen", "Brenndal", "Aurelle", "Montclaire", "Valmorin", "Steinholt", "Zeelhof", "Gransholm",
            "Carrowmore Bay", "Dunlin Point", "Brimwater", "Calderholt", "Dovecombe", "Emberlow", "Farrowdene",
            "Gallowmere", "Ingleshaw", "Jessamy Cross", "Kittlewood", "Lanternmoor", "Netherwold", "Orchardine",
            "Pennacombe", "Quenby Vale", "Redlynch Bay", "Sallowford", "Tamberlin", "Ullswick", "Varrow", "Westercombe",
            "Yelverholt", "Amberlea", "Birchanger Vale", "Coldharbour Point", "Dimmock Reach", "Estover Cross",
            "Fallowmere", "Glimmerdale", "Hobcraft", "Ivyholme", "Kingsmere Vale", "Linnetbrook", "Moorcroft Vale",
            "Nettlecombe Reach", "Owlcote", "Primrose Reach", "Ridgewell Cross", "Sedgecombe", "Tawnyford", "Underwold",
            "Sølvik", "Brattvoll", "Kvitmyr", "Ostrelund", "Haldorsund", "Vennberg", "Lindmora", "Ekeholt", "Grünwehr",
            "Altenmoor", "Feldhaven", "Vierhoek", "Clairmoulin", "Montaurel", "Roche-Alba", "Fontclair", "Aubrenne",
            "Verdaille", "Val-Serein");
    /** Place words of organisations made later by hand. */
    private static final Set<String> RESERVED_PLACES = Set.of("Lwendo", "Hesketh Vale");
    private static final List<String> AFRICA_PLACES = List.of("Kalembe", "Tandeni", "Ruvoli", "Ngaboro", "Sokumba",
            "Ilorani", "Bamwesi", "Okanjo", "Adeyoku", "Ifedara", "Lwendo", "Osuko", "Kiriwa", "Tembeni", "Mosaweng",
            "Khanyiso Vale", "Lerato Ridge", "Mbuyani", "Oluwadara", "Nyandoro", "Bamenyo", "Tsholofelo Hills",
            "Mwezi Ridge", "Lubanzi", "Ogbomere", "Adjoa Hills", "Nkatha", "Kiyondo", "Mabundu", "Ebiraye", "Ilesanmi",
            "Kasembe");
    private static final List<String> ARAB_PLACES = List.of("Tal Mariq", "Wadi Saraf", "Jisr Amal", "Nahr Zayn",
            "Dar Layali", "Ain Safra", "Bab Rihan", "Qalaat Noor", "Sahl Yasmin", "Jabal Rima", "Bir Hadeel", "Ras Khalida",
            "Tal Zahra", "Wadi Nasim", "Ain Rawda", "Bab Salwa", "Dar Bushra", "Jabal Karma", "Nahr Lina", "Qasr Hanan",
            "Sahl Ward", "Bir Salam", "Marj Falah", "Khan Yasmin", "Tal Ghadir", "Wadi Rahma", "Jisr Nadia", "Ain Sukkar",
            "Bab Huda", "Dar Rayyan");
    private static final List<String> LATIN_PLACES = List.of("Valle Sereno", "Río Calma", "Montesol", "Puerto Lucero",
            "Cerro Azulejo", "Llano Claro", "Serra Clara", "Vale do Sossego", "Boa Aurora", "Loma Dorada", "Vega Callada",
            "Arroyo Quieto", "Mesa Lucía", "Colina Serena", "Porto Sereno", "Morro Claro", "Lagoa Mansa");
    private static final List<String> ASIA_PLACES = List.of("Sundarpur", "Navadeep", "Ashaghar", "Chandralok",
            "Roshanabad", "Meghnagar", "Güneşdere", "Yeşilvadi");
    private static final List<String> UKRAINE_PLACES = List.of("Zoryana", "Svitlodolyna", "Tykhyi Bereh",
            "Soniachna Hilka", "Zelenyi Yar", "Kalynovyi Hai", "Dobrodolia", "Svitla Balka", "Tykha Richka",
            "Yasna Poliana", "Vyshneve Pole", "Zorianyi Brid");

    // ---------------------------------------------------------------------------------------------- people

    /** Invented first and family names by naming tradition; combined only within one tradition. */
    private enum Culture {
        ANGLO(List.of("Harriet", "Oliver", "Siobhan", "Rachel", "Daniel", "Grace", "Thomas", "Eleanor", "Callum",
                "Bridget", "Marcus", "Imogen", "Declan", "Tessa", "Niamh", "Rory", "Joanna", "Hugh", "Abigail", "Kieran",
                "Martha", "Felix", "Rosalind", "Gareth", "Catriona", "Ewan"),
                List.of("Whitlock", "Fairbairn", "Ashworth", "Pemberton", "Gallagher", "Hargreaves", "Doyle", "Marsh",
                        "Calloway", "Rennick", "Blythe", "Tolland", "Ferris", "Ainsworth", "Thornbury", "Quayle", "Mulcahy",
                        "Penhaligon", "Strachan", "Kilbride", "Ashby", "Garside", "Llewellyn", "Ormerod", "Tiernan",
                        "Brockway")),
        FRENCH(List.of("Clémence", "Élodie", "Mathieu", "Margot", "Julien", "Hélène", "Gaël", "Anaïs", "Benoît", "Thibault", "Solène"),
                List.of("Moreau", "Lefèvre", "Girard", "Marchand", "Rousseau", "Delacroix", "Perrin", "Chevalier", "Fabre", "Garnier",
                        "Leclerc")),
        GERMANIC(List.of("Matthias", "Greta", "Jonas", "Anke", "Pieter", "Femke", "Lukas", "Jörg", "Marieke", "Katrin", "Willem"),
                List.of("Brandt", "Keller", "Schäfer", "Van der Berg", "Hoekstra", "Vogt", "Dreyer", "Maassen",
                        "Kühn", "Hartmann", "Bakker", "Oosterhuis")),
        NORDIC(List.of("Ingrid", "Henrik", "Søren", "Astrid", "Linnea", "Erik", "Maja", "Torvald", "Sigrid", "Anders"),
                List.of("Lindqvist", "Haugen", "Halvorsen", "Nyberg", "Dahl", "Sørensen", "Ekström", "Brekke", "Lund", "Vik", "Aaberg")),
        EAST_AFRICAN(List.of("Amani", "Wanjiru", "Otieno", "Achieng", "Baraka", "Nyambura", "Zawadi", "Juma",
                "Akello", "Deng", "Nyandeng", "Wekesa", "Auma", "Chebet", "Ladu"),
                List.of("Wambui", "Odhiambo", "Kamau", "Njoroge", "Mutua", "Achola", "Kiprotich", "Owino", "Okello",
                        "Garang", "Atem", "Wafula", "Chepkoech", "Lokuru", "Ayuel")),
        WEST_AFRICAN(List.of("Amara", "Chinedu", "Ngozi", "Kwame", "Adaeze", "Folake", "Yaw", "Efua", "Babajide",
                "Aminata", "Tunde", "Abena", "Ifeoma", "Moussa"),
                List.of("Osei", "Okafor", "Adeyemi", "Mensah", "Boateng", "Nwosu", "Diallo", "Bankole", "Ekwueme", "Oyelaran", "Asante",
                        "Ogunleye", "Traoré", "Acheampong")),
        ARAB(List.of("Rania", "Omar", "Layla", "Yusuf", "Hiba", "Karim", "Nour", "Samir", "Dima", "Tariq", "Salma",
                "Mazen", "Reem", "Yasmin", "Fadi", "Lina", "Bassam", "Maha", "Khaled", "Rasha", "Ziad"),
                List.of("Haddad", "Khoury", "Al-Masri", "Nasser", "Darwish", "Saleh", "Barakat", "Hamdan", "Qasim",
                        "Abu Zaid", "El-Tayeb", "Sabbagh", "Jaber", "Mansour", "Harb", "Shami", "Azzam", "Fakhoury",
                        "Rifai")),
        LATIN(List.of("Lucía", "Mateo", "Camila", "Joaquín", "Valentina", "Andrés", "Inés", "Tomás", "Ximena", "Paola", "Diego"),
                List.of("Núñez", "Ortega", "Villanueva", "Restrepo", "Cárdenas", "Peña", "Salgado", "Ibáñez", "Quintero", "Ávila",
                        "Mejía")),
        LUSO(List.of("João", "Beatriz", "Rafael", "Luana", "Thiago", "Conceição", "Mariana", "Gustavo"),
                List.of("Albuquerque", "Moraes", "Siqueira", "Brandão", "Falcão", "Teixeira", "Cavalcanti")),
        SOUTH_ASIAN(List.of("Priya", "Arjun", "Farah", "Imran", "Meera", "Rohan", "Ananya", "Sanjay", "Ayesha", "Kavya", "Zain"),
                List.of("Raghavan", "Chaudhry", "Menon", "Siddiqui", "Banerjee", "Kapadia", "Rao", "Qureshi", "Iyer", "Mirza",
                        "Dutta")),
        UKRAINIAN(List.of("Oksana", "Taras", "Iryna", "Mykola", "Halyna", "Bohdan", "Solomiia", "Olena", "Andrii"),
                List.of("Kovalenko", "Shevchuk", "Bondar", "Melnyk", "Hrytsenko", "Tkachuk", "Savchuk", "Marchenko",
                        "Pylypenko")),
        SOUTHERN_AFRICAN(List.of("Thandiwe", "Sipho", "Lerato", "Kagiso", "Nomvula", "Anneke", "Themba", "Palesa"),
                List.of("Dlamini", "Nkosi", "Mokoena", "van Wyk", "Ndlovu", "Mahlangu", "Khumalo", "Molefe")),
        TURKISH(List.of("Elif", "Mert", "Zeynep", "Emre", "Defne", "Can", "Aylin"),
                List.of("Aksoy", "Yıldız", "Kaya", "Özdemir", "Çelik", "Arslan", "Doğan"));

        final List<String> first;
        final List<String> last;

        Culture(List<String> first, List<String> last) {
            this.first = first;
            this.last = last;
        }
    }

    private static final Map<String, Culture> CULTURE = new LinkedHashMap<>();

    static {
        for (String c : List.of("GB", "IE", "US", "CA")) {
            CULTURE.put(c, Culture.ANGLO);
        }
        for (String c : List.of("FR", "BE", "CH")) {
            CULTURE.put(c, Culture.FRENCH);
        }
        for (String c : List.of("DE", "NL")) {
            CULTURE.put(c, Culture.GERMANIC);
        }
        for (String c : List.of("NO", "SE", "DK")) {
            CULTURE.put(c, Culture.NORDIC);
        }
        for (String c : List.of("KE", "UG", "SS")) {
            CULTURE.put(c, Culture.EAST_AFRICAN);
        }
        for (String c : List.of("NG", "GH", "SN")) {
            CULTURE.put(c, Culture.WEST_AFRICAN);
        }
        for (String c : List.of("SY", "LB", "JO", "PS", "IQ", "YE", "SD")) {
            CULTURE.put(c, Culture.ARAB);
        }
        for (String c : List.of("CO", "MX", "GT")) {
            CULTURE.put(c, Culture.LATIN);
        }
        CULTURE.put("BR", Culture.LUSO);
        for (String c : List.of("IN", "PK", "BD")) {
            CULTURE.put(c, Culture.SOUTH_ASIAN);
        }
        CULTURE.put("UA", Culture.UKRAINIAN);
        CULTURE.put("ZA", Culture.SOUTHERN_AFRICAN);
        CULTURE.put("TR", Culture.TURKISH);
    }

    /** High-income countries used here (off the World Bank low/middle income list). */
    static final Set<String> NORTH = Set.of("GB", "IE", "US", "CA", "FR", "BE", "CH", "DE", "NL", "NO", "SE", "DK");

    private static final Map<String, Integer> NORTH_WEIGHTS = weights("GB", 12, "US", 8, "FR", 4, "DE", 4, "NO", 3,
            "CH", 4, "NL", 4, "SE", 3, "IE", 1, "DK", 1, "BE", 2, "CA", 2);
    private static final Map<String, Integer> SOUTH_WEIGHTS = weights("KE", 4, "NG", 3, "SY", 3, "LB", 3, "JO", 2,
            "SD", 2, "UA", 3, "CO", 2, "BR", 2, "IN", 2, "ZA", 2, "PS", 1, "YE", 1, "SS", 1, "IQ", 1, "TR", 1, "UG", 1,
            "PK", 1, "MX", 1, "GH", 1, "SN", 1);

    // ---------------------------------------------------------------------------------------------- campaigns

    static final List<Campaign> CAMPAIGNS = List.of(
            new Campaign("syria-aid-across-the-border", "Keep aid crossing into north-west Syria", "Syria",
                    List.of(Theme.HUMANITARIAN_ACCESS),
                    List.of(new Target("syria-p5-member", "A permanent member of the Security Council",
                                    TargetKind.UN_SECURITY_COUNCIL, List.of(Sector.DIPLOMATIC)),
                            new Target("syria-council-penholders", "The Council's humanitarian penholders",
                                    TargetKind.UN_SECURITY_COUNCIL, List.of(Sector.HUMANITARIAN, Sector.MEDICAL)),
                            new Target("syria-neighbour-government", "A neighbouring head of government",
                                    TargetKind.HEAD_OF_GOVERNMENT, List.of(Sector.FAITH, Sector.BUSINESS)))),
            new Campaign("hospitals-are-not-targets", "Hospitals are not targets", null,
                    List.of(Theme.ATTACKS_ON_HEALTHCARE, Theme.PROTECTION_OF_CIVILIANS),
                    List.of(new Target("hospitals-air-command", "The coalition's air command",
                                    TargetKind.MILITARY_COMMAND, List.of(Sector.MILITARY, Sector.MEDICAL)),
                            new Target("hospitals-defence-ministry", "A supplier state's defence ministry",
                                    TargetKind.DEFENCE_MINISTRY, null))),
            new Campaign("sudan-ceasefire", "A ceasefire that holds in Darfur", "Sudan",
                    List.of(Theme.CEASEFIRE, Theme.SEXUAL_VIOLENCE, Theme.DISPLACEMENT),
                    List.of(new Target("sudan-regional-council", "The regional union's peace and security council",
                                    TargetKind.REGIONAL_BODY, List.of(Sector.DIPLOMATIC, Sector.AFFECTED_COMMUNITY)),
                            new Target("sudan-armed-group", "The armed group's political leadership",
                                    TargetKind.ARMED_GROUP, List.of(Sector.FAITH)),
                            new Target("sudan-gulf-ministry", "A Gulf foreign ministry with influence on the parties",
                                    TargetKind.FOREIGN_MINISTRY, List.of(Sector.BUSINESS, Sector.DIPLOMATIC)))),
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

    /** A coalition to form: whom it is for, its sectors and how many days before {@link #END} it was formed. */
    private record Plan(String id, String campaignId, List<Sector> sectors, int formedAgo) {
    }

    private static final List<Plan> COALITIONS = List.of(
            new Plan("syria-medical-voices", "syria-aid-across-the-border", List.of(Sector.MEDICAL), 305),
            new Plan("syria-former-envoys", "syria-aid-across-the-border", List.of(Sector.DIPLOMATIC), 118),
            new Plan("hospitals-health-workers", "hospitals-are-not-targets", List.of(Sector.MEDICAL), 152),
            new Plan("hospitals-legal-experts", "hospitals-are-not-targets", List.of(Sector.LEGAL), 58),
            new Plan("sudan-faith-and-peacebuilders", "sudan-ceasefire", List.of(Sector.FAITH, Sector.PEACEBUILDING), 37),
            new Plan("arms-export-lawyers", "arms-pipeline", List.of(Sector.LEGAL, Sector.ACADEMIC), 236),
            new Plan("ukraine-children-humanitarian", "ukraine-children-home",
                    List.of(Sector.HUMANITARIAN, Sector.AFFECTED_COMMUNITY, Sector.HUMAN_RIGHTS), 88));

    // ---------------------------------------------------------------------------------------------- schedules

    /** Monthly intel updates to partners: days before {@link #END}, and what each was about. */
    private static final Map<Integer, String> INTEL = ordered(
            8, "Intel update: where Council members stand before the renewal vote",
            36, "Intel update: what ministers said about access, in confidence",
            64, "Intel update: the supplier state's review of export licences",
            99, "Intel update: mediators' read-out, not for circulation",
            127, "Intel update: hospital strike data, cross-checked with partners",
            155, "Intel update: border crossings, open and closed",
            190, "Intel update: the regional summit, who said what",
            218, "Intel update: detention sites and the missing",
            246, "Intel update: the new envoy's priorities",
            281, "Intel update: donors' pledges, kept and not",
            309, "Intel update: what the defence committee heard",
            337, "Intel update: the year ahead, by conflict");

    /** Convenings: days before {@link #END}, and what each was. */
    private static final Map<Integer, String> CONVENINGS = ordered(
            13, "Closed-door roundtable: hospitals under fire",
            50, "Convening with former envoys, Chatham House rule",
            86, "Partners' strategy day: \"what worked, what didn't\"",
            133, "Briefing with a Security Council delegation",
            169, "Regional partners' convening, hosted by a partner",
            211, "Roundtable on arms exports, with legal experts",
            258, "Annual partners' meeting",
            302, "Convening on detention and missing persons",
            347, "Faith leaders and peacebuilders on a ceasefire");

    private static final Map<Role, Map<InteractionKind, Integer>> KINDS = new EnumMap<>(Role.class);
    private static final Map<Role, Map<InteractionKind, List<String>>> NOTES = new EnumMap<>(Role.class);

    static {
        KINDS.put(Role.PARTNER, weights(InteractionKind.MEETING, 3, InteractionKind.CALL, 4, InteractionKind.MESSAGE, 3,
                InteractionKind.INTRODUCTION, 1));
        KINDS.put(Role.PROSPECT, weights(InteractionKind.INTRODUCTION, 2, InteractionKind.MEETING, 3,
                InteractionKind.CALL, 3, InteractionKind.MESSAGE, 2));
        KINDS.put(Role.JOURNALIST, weights(InteractionKind.STORY_SHARED, 5, InteractionKind.CALL, 3,
                InteractionKind.MESSAGE, 3, InteractionKind.MEETING, 2, InteractionKind.INTRODUCTION, 1));
        KINDS.put(Role.POLICY_MAKER, weights(InteractionKind.MEETING, 5, InteractionKind.CALL, 3,
                InteractionKind.MESSAGE, 2, InteractionKind.INTRODUCTION, 1));
        KINDS.put(Role.DONOR, weights(InteractionKind.MEETING, 3, InteractionKind.CALL, 3, InteractionKind.MESSAGE, 3));
        KINDS.put(Role.ALLY, weights(InteractionKind.CALL, 3, InteractionKind.MEETING, 3, InteractionKind.MESSAGE, 2,
                InteractionKind.INTRODUCTION, 3));

        notes(Role.PARTNER, InteractionKind.MEETING, "Planning meeting for the next coalition",
                "Met the director: priorities for next quarter", "Shared field data on attacks, in confidence",
                "Strategy session on the \"red lines\" memo", "Met their advocacy lead, agreed next steps");
        notes(Role.PARTNER, InteractionKind.CALL, "Check-in call", "Asked what they need from the network",
                "Call on the draft joint letter, comments by Friday", "Debrief after the ministerial meeting");
        notes(Role.PARTNER, InteractionKind.MESSAGE, "Sent the coalition's timeline",
                "Shared contacts for the donor conference", "Thanked them for their testimony, with next steps");
        notes(Role.PARTNER, InteractionKind.INTRODUCTION, "Introduced to a medical ally",
                "Introduced to a former envoy, at their request", "Linked them with a peer organisation in the region");
        notes(Role.PROSPECT, InteractionKind.INTRODUCTION, "Introduced by a partner", "Introduced through a donor",
                "Met through an ally, \"keen to learn more\"");
        notes(Role.PROSPECT, InteractionKind.MEETING, "First meeting: how the network works",
                "Talked about their priorities, no ask yet", "Explained what partners give and receive");
        notes(Role.PROSPECT, InteractionKind.CALL, "Follow-up call", "Call about joining the network");
        notes(Role.PROSPECT, InteractionKind.MESSAGE, "Sent an overview of the network",
                "Invited to a convening as an observer");
        notes(Role.JOURNALIST, InteractionKind.STORY_SHARED, "Shared a story from a partner's field team",
                "Story lead: convoys held at the crossing", "Connected with survivors willing to speak, with consent",
                "Background on \"deconfliction\" failures, not for attribution",
                "Pointed to new satellite analysis from a partner", "Shared a doctor's account, with permission");
        notes(Role.JOURNALIST, InteractionKind.CALL, "Asked about sources on the ground",
                "Background call, nothing for quotation", "Call about a forthcoming investigation");
        notes(Role.JOURNALIST, InteractionKind.MESSAGE, "Sent contacts for a field doctor", "Thanked them for the piece");
        notes(Role.JOURNALIST, InteractionKind.MEETING, "Coffee, background only", "Met after the press briefing, off the record");
        notes(Role.JOURNALIST, InteractionKind.INTRODUCTION, "Introduced to a partner's spokesperson",
                "Introduced to a lawyer on the laws of war");
        notes(Role.POLICY_MAKER, InteractionKind.MEETING, "Briefing on the political moment",
                "Discreet briefing; triangulate what was said", "Met their adviser, discussed the vote",
                "Asked about the Council's timetable; no commitments");
        notes(Role.POLICY_MAKER, InteractionKind.CALL, "Short call ahead of the debate",
                "Call: where the government stands, to triangulate");
        notes(Role.POLICY_MAKER, InteractionKind.MESSAGE, "Sent a two-page briefing",
                "Shared partners' field evidence, as agreed");
        notes(Role.POLICY_MAKER, InteractionKind.INTRODUCTION, "Introduced to a partner working on detention");
        notes(Role.DONOR, InteractionKind.MEETING, "Quarterly meeting on impact", "Saw a coalition meeting at work",
                "Discussed renewal, decision in spring");
        notes(Role.DONOR, InteractionKind.CALL, "Call on the grant report", "Update on the year, with thanks");
        notes(Role.DONOR, InteractionKind.MESSAGE, "Sent the impact note for the quarter",
                "Thank-you note, with the annual summary");
        notes(Role.ALLY, InteractionKind.CALL, "Catch-up call", "Asked their view on the approach, and listened");
        notes(Role.ALLY, InteractionKind.MEETING, "Lunch: what they hear in their world",
                "Met to discuss a joint letter from their profession");
        notes(Role.ALLY, InteractionKind.MESSAGE, "Sent a note on the campaign, no ask",
                "Thanked them for the introduction");
        notes(Role.ALLY, InteractionKind.INTRODUCTION, "Introduced to a partner in the region",
                "Introduced to a journalist covering the conflict", "Linked with a peer, at their request");
    }

    private static final String LISTENED = "Listened to their concerns about the approach; the door stays open";
    private static final String INVITED = "Invited to a coalition, with the background paper";

    // ---------------------------------------------------------------------------------------------- state

    /** A member being made, with the plan for its contacts. */
    private static final class Draft {
        final String id;
        final String name;
        final MemberKind kind;
        final List<Role> roles;
        final Tier tier;
        final List<Sector> sectors;
        final String country;
        Boolean globalSouth;
        BigDecimal income;
        Boolean feeWaiver;
        final List<String> reaches = new ArrayList<>();
        /** Days before END of the planned latest ordinary contact; null: none. */
        Integer last;
        boolean lacksIntel;
        boolean lacksConvening;
        final List<Touch> touches = new ArrayList<>();

        Draft(String id, String name, MemberKind kind, List<Role> roles, Tier tier, List<Sector> sectors,
                String country) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.roles = roles;
            this.tier = tier;
            this.sectors = sectors;
            this.country = country;
        }

        boolean has(Role role) {
            return roles.contains(role);
        }

        boolean isVoice() {
            return has(Role.PARTNER) || has(Role.ALLY) || has(Role.PROSPECT);
        }

        Draft income(long amount) {
            income = BigDecimal.valueOf(amount);
            return this;
        }

        Draft reaches(String... targets) {
            reaches.addAll(List.of(targets));
            return this;
        }

        Draft last(Integer days) {
            last = days;
            return this;
        }

        Member member() {
            return new Member(id, name, kind, roles, tier, sectors, country, globalSouth, income, feeWaiver, reaches);
        }
    }

    /** A contact that must be there, on an exact day. */
    private record Touch(int daysAgo, InteractionKind kind, String note) {
    }

    private final Random random = new Random(SEED);
    private final List<Draft> drafts = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> people = new HashSet<>();
    private final Map<String, Integer> nameUse = new LinkedHashMap<>();
    private final List<Coalition> coalitions = new ArrayList<>();
    private final List<Interaction> interactions = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "docs/demo");
        DemoNetworkWriter writer = new DemoNetworkWriter();
        writer.build();
        writer.write(directory);
        System.out.print(writer.summary());
    }

    void build() {
        members();
        coalitions();
        interactions();
    }

    // ---------------------------------------------------------------------------------------------- members

    private void members() {
        specials();
        fill(List.of(Role.PARTNER), 80, 14, this::partner);
        fill(List.of(Role.PROSPECT), 36, 2, this::prospect);
        journalists();
        fill(List.of(Role.POLICY_MAKER), 36, 7, this::policyMaker);
        fill(List.of(Role.DONOR), 24, 5, this::donor);
        fill(List.of(Role.ALLY), 65, 8, this::ally);
        fill(List.of(Role.PARTNER, Role.DONOR), 2, 1, this::partner);
        fill(List.of(Role.JOURNALIST, Role.ALLY), 3, 1, this::journalistAlly);
        fill(List.of(Role.POLICY_MAKER, Role.ALLY), 3, 1, this::policyMaker);
        fill(List.of(Role.DONOR, Role.ALLY), 2, 1, this::donorAlly);
        benefitGaps();
    }

    /** Hand-made members the demo's story needs: fee edge cases, access to targets, names that test CSV. */
    private void specials() {
        List<Role> partner = List.of(Role.PARTNER);
        org("Hollin Legal Aid Trust", partner, Tier.STANDARD, List.of(Sector.LEGAL, Sector.HUMAN_RIGHTS), "GB")
                .income(2_400_000).reaches("ukraine-court-prosecutor");
        org("Aldmere Elders' Circle", partner, Tier.KEY, List.of(Sector.DIPLOMATIC, Sector.PEACEBUILDING), "CH")
                .income(14_500_000).reaches("syria-p5-member", "sudan-regional-council").last(3)
                .touches.add(new Touch(0, InteractionKind.CALL, "Call with the chair on the Council vote"));
        // Declines the hospitals campaign's medical coalition in disagreement, then opts in to its legal one.
        org("Corvell Health and Law Clinic", partner, Tier.STANDARD, List.of(Sector.MEDICAL, Sector.LEGAL), "LB")
                .income(1_900_000);
        // Global South overrides: a diaspora network registered in London; a northern-led agency registered in Nairobi.
        Draft diaspora = org("Jisr Amal Medical Network", partner, Tier.STANDARD,
                List.of(Sector.MEDICAL, Sector.HUMANITARIAN), "GB").income(6_500_000);
        diaspora.globalSouth = true;
        Draft northernLed = org("Saltmere Global Response", partner, Tier.KEY, List.of(Sector.HUMANITARIAN), "KE")
                .income(185_000_000);
        northernLed.globalSouth = false;
        // Fee needs information: no income, or no country.
        org("Brackwater Refugee Voices", partner, Tier.STANDARD,
                List.of(Sector.AFFECTED_COMMUNITY, Sector.HUMAN_RIGHTS), "NL");
        org("Nettleby Peace Forum", partner, Tier.STANDARD, List.of(Sector.PEACEBUILDING), "US");
        org("Tarnwick Rights Observatory", partner, Tier.STANDARD, List.of(Sector.HUMAN_RIGHTS), null).income(800_000);
        org("Ngaboro Displaced Families Association", partner, Tier.STANDARD, List.of(Sector.AFFECTED_COMMUNITY), null);
        // Approved waivers.
        org("Umberley Survivors' Network", partner, Tier.STANDARD, List.of(Sector.AFFECTED_COMMUNITY), "GB")
                .income(420_000).feeWaiver = true;
        org("Fennick Centre for Dialogue", partner, Tier.STANDARD, List.of(Sector.PEACEBUILDING), "IE")
                .income(900_000).feeWaiver = true;
        org("Wrenfield Accountability Project", partner, Tier.STANDARD, List.of(Sector.LEGAL, Sector.HUMAN_RIGHTS), "US")
                .income(3_200_000).feeWaiver = true;
        // A fee capped at 0.5% of a very small income.
        org("Quillan Law Clinic", partner, Tier.STANDARD, List.of(Sector.LEGAL), "SE").income(38_000);
        org("Lumbardh Families' Association", partner, Tier.STANDARD, List.of(Sector.AFFECTED_COMMUNITY), "XK")
                .income(150_000);
        org("Orrinford International Relief", partner, Tier.KEY, List.of(Sector.HUMANITARIAN, Sector.MEDICAL), "GB")
                .income(640_000_000).reaches("syria-council-penholders", "hospitals-air-command");
        org("Kestrelmoor Human Rights Centre", partner, Tier.KEY, List.of(Sector.HUMAN_RIGHTS, Sector.LEGAL), "US")
                .income(92_000_000);
        org("Windlow Investigations", List.of(Role.PARTNER, Role.JOURNALIST), Tier.STANDARD,
                List.of(Sector.MEDIA, Sector.HUMAN_RIGHTS), "NL").income(1_400_000).last(21);

        org("Copperleigh Investors' Alliance", List.of(Role.PROSPECT), Tier.STANDARD, List.of(Sector.BUSINESS), "GB")
                .income(48_000_000).reaches("arms-manufacturer");

        // Names in "family, given" form and with quotes, as CRM exports have them.
        person("Núñez, Lucía", List.of(Role.JOURNALIST), Tier.STANDARD, List.of(Sector.MEDIA, Sector.HUMANITARIAN), "CO")
                .last(17);
        person("Callum Ashworth", List.of(Role.JOURNALIST), Tier.STANDARD, List.of(Sector.MEDIA, Sector.MILITARY), "GB")
                .last(71).reaches("hospitals-air-command");
        person("Haddad, Rania", List.of(Role.POLICY_MAKER), Tier.STANDARD,
                List.of(Sector.HUMANITARIAN, Sector.DIPLOMATIC), "LB").last(33);
        person("Harriet Pemberton", List.of(Role.POLICY_MAKER), Tier.KEY, List.of(Sector.MILITARY, Sector.DIPLOMATIC),
                "GB").last(19).reaches("hospitals-defence-ministry", "arms-export-committee");
        person("Fintan \"Finn\" Ó Briain", List.of(Role.ALLY), Tier.STANDARD, List.of(Sector.CREATIVE), "IE").last(44);
        person("Amb. Henrik Halvorsen", List.of(Role.ALLY), Tier.KEY, List.of(Sector.DIPLOMATIC), "NO")
                .last(9).reaches("syria-p5-member", "ukraine-mediator-ministry");
        person("Dr Amara Osei", List.of(Role.ALLY), Tier.STANDARD, List.of(Sector.MEDICAL), "GH").last(27);
        person("Sheikh Yusuf Barakat", List.of(Role.ALLY), Tier.STANDARD, List.of(Sector.FAITH, Sector.PEACEBUILDING),
                "SD").last(52).reaches("sudan-armed-group");
        for (Draft draft : drafts) {
            if (draft.last == null) {
                draft.last = plannedLast(draft);
            }
        }
    }

    private interface Maker {
        Draft make(List<Role> roles, Tier tier);
    }

    /** Adds members with exactly these roles until there are {@code total}, {@code keys} of them KEY. */
    private void fill(List<Role> roles, int total, int keys, Maker maker) {
        List<Draft> existing = drafts.stream().filter(d -> d.roles.equals(roles)).toList();
        int keyExisting = (int) existing.stream().filter(d -> d.tier == Tier.KEY).count();
        List<Tier> tiers = new ArrayList<>();
        for (int i = existing.size(); i < total; i++) {
            tiers.add(i - existing.size() < keys - keyExisting ? Tier.KEY : Tier.STANDARD);
        }
        Collections.shuffle(tiers, random);
        for (Tier tier : tiers) {
            Draft draft = maker.make(roles, tier);
            if (draft.last == null && draft.touches.isEmpty()) {
                draft.last = plannedLast(draft);
            }
        }
    }

    private Draft partner(List<Role> roles, Tier tier) {
        List<Sector> sectors = sectors(weights(Sector.HUMAN_RIGHTS, 22, Sector.HUMANITARIAN, 22, Sector.PEACEBUILDING, 14,
                Sector.MEDICAL, 8, Sector.LEGAL, 8, Sector.AFFECTED_COMMUNITY, 8, Sector.FAITH, 4, Sector.ACADEMIC, 3,
                Sector.MEDIA, 2, Sector.CREATIVE, 1, Sector.DIPLOMATIC, 2), 45);
        String country = country(roles.contains(Role.DONOR) ? 90 : 55);
        Draft draft = org(orgName(roles.contains(Role.DONOR) ? null : sectors.get(0), country), roles, tier, sectors,
                country);
        if (roles.contains(Role.DONOR)) {
            return draft.income(income(5, 20, 30, 30, 15));
        }
        boolean large = LARGE.contains(sectors.get(0));
        if (NORTH.contains(country)) {
            return draft.income(large ? income(20, 35, 22, 13, 10) : income(35, 45, 17, 3, 0));
        }
        return draft.income(large ? income(45, 40, 12, 3, 0) : income(55, 40, 5, 0, 0));
    }

    /** Sectors where the largest organisations are: an aid agency may have hundreds of millions, a peace forum not. */
    private static final Set<Sector> LARGE = Set.of(Sector.HUMANITARIAN, Sector.MEDICAL, Sector.HUMAN_RIGHTS);

    private Draft prospect(List<Role> roles, Tier tier) {
        List<Sector> sectors = sectors(weights(Sector.BUSINESS, 5, Sector.FAITH, 4, Sector.CREATIVE, 3, Sector.ACADEMIC, 3,
                Sector.MEDICAL, 4, Sector.LEGAL, 3, Sector.AFFECTED_COMMUNITY, 3, Sector.HUMANITARIAN, 3,
                Sector.HUMAN_RIGHTS, 2, Sector.PEACEBUILDING, 2, Sector.MEDIA, 1, Sector.DIPLOMATIC, 1), 30);
        String country = country(50);
        Draft draft = org(orgName(sectors.get(0), country), roles, tier, sectors, country);
        if (random.nextInt(10) > 0) {
            boolean large = LARGE.contains(sectors.get(0)) || sectors.get(0) == Sector.BUSINESS;
            draft.income(NORTH.contains(country) && large ? income(15, 35, 25, 15, 10) : income(40, 40, 15, 5, 0));
        }
        return draft;
    }

    private void journalists() {
        // Days since last contact for standard journalists (journalist their only role), band by band, each at
        // least three days inside its band: 0-60, 61-90, 91-120, 121-180, over 180, and never.
        List<Integer> plan = new ArrayList<>();
        addDays(plan, 21, 1, 55);     // plus Núñez, Lucía
        addDays(plan, 5, 64, 87);     // plus Callum Ashworth
        addDays(plan, 5, 94, 117);
        addDays(plan, 4, 124, 177);
        addDays(plan, 3, 185, 340);
        plan.add(null);
        plan.add(null);
        Collections.shuffle(plan, random);
        boolean newsroom = true;
        for (Integer days : plan) {
            Draft draft = newsroom ? journalistOrganisation() : journalist(List.of(Role.JOURNALIST), Tier.STANDARD);
            newsroom = false;
            draft.last = days;
        }
        // Key journalists (cadence 60 days, before and after the change): in touch, warned, and critical.
        for (int days : List.of(12, 40, 72, 104, 150)) {
            journalist(List.of(Role.JOURNALIST), Tier.KEY).last = days;
        }
        Draft formerJournalist = person(null, List.of(Role.JOURNALIST, Role.POLICY_MAKER), Tier.STANDARD,
                List.of(Sector.MEDIA, Sector.DIPLOMATIC), "KE");
        formerJournalist.last = 30;
    }

    private Draft journalistOrganisation() {
        return org("Lwendo Community Radio", List.of(Role.JOURNALIST), Tier.STANDARD,
                List.of(Sector.MEDIA, Sector.AFFECTED_COMMUNITY), "UG");
    }

    private Draft journalist(List<Role> roles, Tier tier) {
        List<Sector> sectors = new ArrayList<>(List.of(Sector.MEDIA));
        if (random.nextInt(10) < 7) {
            Map<Sector, Integer> beats = weights(Sector.HUMANITARIAN, 4, Sector.HUMAN_RIGHTS, 3, Sector.MILITARY, 3,
                    Sector.DIPLOMATIC, 2, Sector.LEGAL, 2, Sector.MEDICAL, 2, Sector.BUSINESS, 1,
                    Sector.AFFECTED_COMMUNITY, 1);
            if (roles.contains(Role.ALLY)) {
                beats.remove(Sector.MILITARY);
            }
            sectors.add(pick(beats));
        }
        return person(null, roles, tier, sectors, country(60));
    }

    private Draft journalistAlly(List<Role> roles, Tier tier) {
        Draft draft = journalist(roles, tier);
        // A key journalist-ally has a 60-day cadence either way; a standard one is kept in touch (see the class note).
        draft.last = tier == Tier.KEY ? 70 : 5 + random.nextInt(40);
        return draft;
    }

    private Draft policyMaker(List<Role> roles, Tier tier) {
        Map<Sector, Integer> choices = weights(Sector.DIPLOMATIC, 6, Sector.MILITARY, 4, Sector.HUMANITARIAN, 4,
                Sector.LEGAL, 2, Sector.HUMAN_RIGHTS, 2, Sector.PEACEBUILDING, 1);
        if (roles.contains(Role.ALLY)) {
            choices.remove(Sector.MILITARY);
        }
        List<Sector> sectors = sectors(choices, 35);
        String country = country(60);
        if (roles.size() == 1 && drafts.stream().noneMatch(d -> d.roles.equals(roles) && d.kind == MemberKind.ORGANISATION)) {
            return org("Hesketh Vale Assembly Committee on Foreign Affairs", roles, tier, sectors, "GB");
        }
        return person(null, roles, tier, sectors, country);
    }

    private Draft donor(List<Role> roles, Tier tier) {
        List<Sector> sectors = sectors(weights(Sector.HUMAN_RIGHTS, 5, Sector.HUMANITARIAN, 4, Sector.PEACEBUILDING, 4,
                Sector.BUSINESS, 2, Sector.CREATIVE, 1, Sector.ACADEMIC, 1, Sector.MEDIA, 1), 40);
        String country = country(85);
        if (random.nextInt(6) == 0) {
            return person(null, roles, tier, sectors, country);
        }
        return org(orgName(null, country), roles, tier, sectors, country).income(income(5, 20, 30, 30, 15));
    }

    private Draft donorAlly(List<Role> roles, Tier tier) {
        List<Sector> sectors = sectors(weights(Sector.BUSINESS, 3, Sector.CREATIVE, 2, Sector.HUMAN_RIGHTS, 2,
                Sector.PEACEBUILDING, 2), 40);
        return person(null, roles, tier, sectors, country(70));
    }

    private Draft ally(List<Role> roles, Tier tier) {
        String country = country(50);
        if (random.nextInt(4) == 0) {
            List<Sector> sectors = sectors(weights(Sector.MEDICAL, 3, Sector.LEGAL, 3, Sector.BUSINESS, 2, Sector.FAITH, 3,
                    Sector.CREATIVE, 2, Sector.ACADEMIC, 2, Sector.AFFECTED_COMMUNITY, 2), 25);
            Draft draft = org(orgName(sectors.get(0), country), roles, tier, sectors, country);
            if (random.nextInt(4) > 0) {
                draft.income(income(40, 40, 15, 5, 0));
            }
            return draft;
        }
        List<Sector> sectors = sectors(weights(Sector.MEDICAL, 8, Sector.LEGAL, 7, Sector.FAITH, 6, Sector.DIPLOMATIC, 5,
                Sector.CREATIVE, 5, Sector.ACADEMIC, 5, Sector.BUSINESS, 3, Sector.AFFECTED_COMMUNITY, 4,
                Sector.HUMAN_RIGHTS, 2, Sector.PEACEBUILDING, 2, Sector.HUMANITARIAN, 1), 30);
        return person(null, roles, tier, sectors, country);
    }

    /** Some partners in touch but missing a benefit: no intel update in 90 days, or no convening in 180. */
    private void benefitGaps() {
        List<Draft> healthy = drafts.stream()
                .filter(d -> d.roles.equals(List.of(Role.PARTNER)) && d.tier == Tier.STANDARD && d.last != null
                        && d.last <= 40 && d.touches.isEmpty() && d.reaches.isEmpty())
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(healthy, random);
        for (int i = 0; i < 10 && i < healthy.size(); i++) {
            if (i < 5) {
                healthy.get(i).lacksIntel = true;
            } else {
                healthy.get(i).lacksConvening = true;
            }
        }
    }

    /** Days since the latest contact, by the most demanding role: most in touch, some neglected, some never. */
    private Integer plannedLast(Draft draft) {
        boolean key = draft.tier == Tier.KEY;
        int roll = random.nextInt(100);
        if (draft.has(Role.PARTNER)) {
            return key ? band(roll, 80, 0, 25, 92, 33, 55, 100, 65, 100)
                    : roll < 1 ? null : band(roll, 86, 0, 45, 94, 64, 115, 100, 125, 220);
        }
        if (draft.has(Role.POLICY_MAKER) || draft.has(Role.DONOR)) {
            if (key) {
                return band(roll, 78, 0, 40, 93, 50, 85, 100, 95, 150);
            }
            return roll >= 94 ? null : band(roll, 76, 0, 80, 88, 95, 170, 94, 190, 330);
        }
        if (draft.has(Role.ALLY)) {
            if (key) {
                return band(roll, 75, 0, 80, 90, 95, 170, 100, 185, 300);
            }
            return roll >= 90 ? null : band(roll, 76, 0, 170, 90, 190, 350, 90, 190, 350);
        }
        // prospects
        if (key) {
            return band(roll, 80, 0, 80, 100, 95, 170, 100, 95, 170);
        }
        return roll >= 65 ? null : band(roll, 45, 0, 160, 65, 190, 350, 65, 190, 350);
    }

    /** Below {@code a}: a day in [a1, a2]; below {@code b}: [b1, b2]; else [c1, c2]. */
    private int band(int roll, int a, int a1, int a2, int b, int b1, int b2, int c, int c1, int c2) {
        if (roll < a) {
            return between(a1, a2);
        }
        return roll < b ? between(b1, b2) : between(c1, c2);
    }

    // ---------------------------------------------------------------------------------------------- coalitions

    private void coalitions() {
        Draft corvell = draft("corvell-health-and-law-clinic");
        Draft hollin = draft("hollin-legal-aid-trust");
        for (Plan plan : COALITIONS) {
            boolean recent = plan.formedAgo <= 180;
            List<String> invited = new ArrayList<>();
            for (Draft draft : drafts) {
                if (!draft.isVoice() || draft.has(Role.JOURNALIST)
                        || draft.sectors.stream().noneMatch(plan.sectors::contains)) {
                    continue;
                }
                int chance = draft.has(Role.PARTNER) ? (recent ? 88 : 55) : draft.has(Role.ALLY) ? 40 : 20;
                if (draft == corvell && plan.campaignId.equals("hospitals-are-not-targets") || random.nextInt(100) < chance) {
                    invited.add(draft.id);
                }
            }
            List<CoalitionResponse> responses = new ArrayList<>();
            for (String id : invited) {
                int roll = random.nextInt(100);
                int day = Math.max(0, plan.formedAgo - 1 - random.nextInt(14));
                if (plan.formedAgo <= 45 && roll < 25 || roll >= 97) {
                    continue; // no answer yet
                }
                ResponseKind response = roll < 83 ? ResponseKind.OPTED_IN : ResponseKind.DECLINED;
                DeclineReason reason = response == ResponseKind.OPTED_IN ? null
                        : roll < 93 ? DeclineReason.PRIORITIES_ELSEWHERE : DeclineReason.DISAGREES_WITH_APPROACH;
                responses.add(new CoalitionResponse(id, response, reason, date(day)));
            }
            Coalition coalition = new Coalition(plan.id, plan.campaignId, plan.sectors, date(plan.formedAgo), invited,
                    responses);
            coalitions.add(coalition);
        }
        // The story: Corvell declines the hospitals campaign's medical coalition in disagreement, then opts in to
        // its legal one; one ally (envoys) and one partner (lawyers) decline in disagreement and hear nothing since.
        respond("hospitals-health-workers", corvell.id, ResponseKind.DECLINED, DeclineReason.DISAGREES_WITH_APPROACH, 146);
        respond("hospitals-legal-experts", corvell.id, ResponseKind.OPTED_IN, null, 54);
        respond("hospitals-legal-experts", hollin.id, ResponseKind.OPTED_IN, null, 55);
        String envoy = firstInvited("syria-former-envoys", Role.ALLY, Set.of("henrik-halvorsen"));
        String lawyers = firstInvited("hospitals-legal-experts", Role.PARTNER, Set.of(corvell.id, hollin.id));
        respond("syria-former-envoys", envoy, ResponseKind.DECLINED, DeclineReason.DISAGREES_WITH_APPROACH, 112);
        respond("hospitals-legal-experts", lawyers, ResponseKind.DECLINED, DeclineReason.DISAGREES_WITH_APPROACH, 51);
        Set<String> untended = Set.of(envoy, lawyers);

        // Contact plans follow the coalitions: an invitation is a contact, and a decline in disagreement is
        // followed up, except for the two above.
        for (Coalition coalition : coalitions) {
            int formedAgo = daysAgo(coalition.formedOn());
            for (String id : coalition.invited()) {
                Draft draft = draft(id);
                if (draft.last == null && draft.touches.isEmpty()) {
                    draft.touches.add(new Touch(Math.min(OLDEST, formedAgo + 2 + random.nextInt(8)),
                            InteractionKind.MESSAGE, INVITED));
                }
            }
        }
        for (Coalition coalition : coalitions) {
            for (CoalitionResponse response : coalition.responses()) {
                if (!response.declinedInDisagreement()) {
                    continue;
                }
                Draft draft = draft(response.memberId());
                int declinedAgo = daysAgo(response.date());
                if (untended.contains(draft.id)) {
                    if (draft.last == null || draft.last <= declinedAgo) {
                        draft.last = Math.min(OLDEST, declinedAgo + 4 + random.nextInt(15));
                    }
                    draft.touches.removeIf(t -> t.daysAgo <= declinedAgo);
                } else if (latest(draft) == null || latest(draft) >= declinedAgo) {
                    draft.touches.add(new Touch(Math.max(0, declinedAgo - 2 - random.nextInt(9)), InteractionKind.CALL,
                            LISTENED));
                }
            }
        }
    }

    private String firstInvited(String coalitionId, Role role, Set<String> except) {
        Coalition coalition = coalition(coalitionId);
        return coalition.invited().stream()
                .filter(id -> draft(id).has(role) && !except.contains(id))
                .filter(id -> draft(id).last != null && !draft(id).has(Role.JOURNALIST))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + role + " invited to " + coalitionId));
    }

    /** Sets a member's answer to a coalition (inviting it if need be), replacing any answer it had. */
    private void respond(String coalitionId, String memberId, ResponseKind response, DeclineReason reason, int daysAgo) {
        Coalition old = coalition(coalitionId);
        List<String> invited = new ArrayList<>(old.invited());
        if (!invited.contains(memberId)) {
            invited.add(memberId);
        }
        List<CoalitionResponse> responses = new ArrayList<>(old.responses());
        responses.removeIf(r -> r.memberId().equals(memberId));
        responses.add(new CoalitionResponse(memberId, response, reason, date(daysAgo)));
        coalitions.set(coalitions.indexOf(old),
                new Coalition(old.id(), old.campaignId(), old.sectors(), old.formedOn(), invited, responses));
    }

    private Coalition coalition(String id) {
        return coalitions.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    // ---------------------------------------------------------------------------------------------- interactions

    private record Row(String memberId, int daysAgo, InteractionKind kind, String note) {
    }

    private void interactions() {
        Set<Row> rows = new LinkedHashSet<>();
        for (Draft draft : drafts) {
            List<Row> own = new ArrayList<>();
            for (Touch touch : draft.touches) {
                own.add(new Row(draft.id, touch.daysAgo, touch.kind, touch.note));
            }
            if (draft.last != null) {
                int gap = gap(draft);
                for (int day = draft.last; day <= OLDEST; day += Math.max(3, gap / 2 + random.nextInt(gap + 1))) {
                    own.add(ordinary(draft, day));
                }
            }
            Integer earliestAllowed = latest(draft);
            if (draft.has(Role.PARTNER) && earliestAllowed != null) {
                own.addAll(benefits(draft, earliestAllowed));
            } else if (earliestAllowed != null) {
                int chance = draft.has(Role.ALLY) || draft.has(Role.PROSPECT) ? 12
                        : draft.has(Role.POLICY_MAKER) ? 8 : draft.has(Role.DONOR) ? 6 : 0;
                CONVENINGS.forEach((day, note) -> {
                    if (day >= earliestAllowed && random.nextInt(100) < chance) {
                        own.add(new Row(draft.id, day, InteractionKind.CONVENING, note));
                    }
                });
            }
            rows.addAll(own);
        }
        rows.stream()
                .map(r -> new Interaction(r.memberId, date(r.daysAgo), r.kind, r.note))
                .sorted(Comparator.comparing(Interaction::date).thenComparing(Interaction::memberId)
                        .thenComparing(Interaction::kind).thenComparing(i -> i.note() == null ? "" : i.note()))
                .forEach(interactions::add);
    }

    /** Intel updates and convenings for a partner, never later than its latest contact. */
    private List<Row> benefits(Draft draft, int earliestAllowed) {
        boolean key = draft.tier == Tier.KEY;
        List<Row> rows = new ArrayList<>();
        boolean recentIntel = false;
        for (Map.Entry<Integer, String> intel : INTEL.entrySet()) {
            int day = intel.getKey();
            if (day < earliestAllowed || draft.lacksIntel && day < 96) {
                continue;
            }
            boolean due = !recentIntel && !draft.lacksIntel && day <= 85;
            if (due || random.nextInt(100) < (key ? 95 : 88)) {
                rows.add(new Row(draft.id, day, InteractionKind.INTEL_UPDATE, intel.getValue()));
                recentIntel |= day <= 85;
            }
        }
        boolean recentConvening = false;
        for (Map.Entry<Integer, String> convening : CONVENINGS.entrySet()) {
            int day = convening.getKey();
            if (day < earliestAllowed || draft.lacksConvening && day < 190) {
                continue;
            }
            boolean due = !recentConvening && !draft.lacksConvening && day <= 175 && day >= 133;
            if (due || random.nextInt(100) < (key ? 60 : 40)) {
                rows.add(new Row(draft.id, day, InteractionKind.CONVENING, convening.getValue()));
                recentConvening |= day <= 175;
            }
        }
        return rows;
    }

    private Row ordinary(Draft draft, int day) {
        Role role = draft.roles.get(random.nextInt(draft.roles.size()));
        InteractionKind kind = pick(KINDS.get(role));
        List<String> pool = NOTES.get(role).getOrDefault(kind, List.of());
        String note = pool.isEmpty() || random.nextInt(100) >= 45 ? null : pool.get(random.nextInt(pool.size()));
        return new Row(draft.id, day, kind, note);
    }

    /** The usual days between ordinary contacts, by the most demanding role. */
    private static int gap(Draft draft) {
        boolean key = draft.tier == Tier.KEY;
        if (draft.has(Role.PARTNER)) {
            return key ? 20 : 30;
        }
        if (draft.has(Role.JOURNALIST) || draft.has(Role.POLICY_MAKER)) {
            return key ? 25 : 40;
        }
        if (draft.has(Role.DONOR)) {
            return key ? 35 : 50;
        }
        return key ? 45 : 80;
    }

    /** The most recent planned contact, in days before END; null when there is none. */
    private static Integer latest(Draft draft) {
        Integer latest = draft.last;
        for (Touch touch : draft.touches) {
            latest = latest == null ? touch.daysAgo : Math.min(latest, touch.daysAgo);
        }
        return latest;
    }

    // ---------------------------------------------------------------------------------------------- writing

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        StringBuilder members = new StringBuilder(MEMBERS_HEADER).append('\n');
        for (Draft draft : drafts) {
            Member m = draft.member();
            members.append(String.join(",", cell(m.id()), cell(m.name()), cell(m.kind().name()), cell(join(m.roles())),
                    cell(m.tier().name()), cell(join(m.sectors())), cell(m.country()), cell(m.globalSouth()),
                    cell(m.annualIncome() == null ? null : m.annualIncome().toPlainString()), cell(m.feeWaiver()),
                    cell(join(m.reaches())))).append('\n');
        }
        Files.writeString(directory.resolve("members.csv"), members, StandardCharsets.UTF_8);

        StringBuilder rows = new StringBuilder(INTERACTIONS_HEADER).append('\n');
        for (Interaction i : interactions) {
            rows.append(String.join(",", cell(i.memberId()), cell(i.date().toString()), cell(i.kind().name()),
                    cell(i.note()))).append('\n');
        }
        Files.writeString(directory.resolve("interactions.csv"), rows, StandardCharsets.UTF_8);

        JsonMapper json = JsonMapper.builder()
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .changeDefaultPropertyInclusion(inclusion -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY,
                        JsonInclude.Include.NON_EMPTY))
                .build();
        writeJson(json, directory.resolve("coalitions.json"), coalitions);
        writeJson(json, directory.resolve("campaigns.json"), CAMPAIGNS);
        Map<String, Object> convenor = new LinkedHashMap<>();
        convenor.put("annualIncome", CONVENOR_INCOME);
        convenor.put("currency", "GBP");
        writeJson(json, directory.resolve("convenor.json"), convenor);
    }

    private static void writeJson(JsonMapper json, Path file, Object value) throws IOException {
        String text = json.writeValueAsString(value).replace("\r\n", "\n");
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    }

    /** A CSV cell: quoted when it holds a comma, quote, semicolon or line break, with quotes doubled. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == ';' || c == '\n' || c == '\r')) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String join(List<?> values) {
        return values == null || values.isEmpty() ? null
                : values.stream().map(Object::toString).collect(Collectors.joining(";"));
    }

    /** What was written, for the person who ran it. */
    String summary() {
        StringBuilder out = new StringBuilder();
        out.append(drafts.size()).append(" members, ").append(interactions.size()).append(" interactions, ")
                .append(coalitions.size()).append(" coalitions, ").append(CAMPAIGNS.size()).append(" campaigns\n");
        Map<String, int[]> byRoles = new TreeMap<>();
        for (Draft d : drafts) {
            int[] counts = byRoles.computeIfAbsent(d.roles.stream().map(Role::name).collect(Collectors.joining("+")),
                    k -> new int[2]);
            counts[d.tier == Tier.KEY ? 0 : 1]++;
        }
        byRoles.forEach((roles, counts) -> out.append(String.format(Locale.ROOT, "  %-22s KEY %3d  STANDARD %3d%n", roles,
                counts[0], counts[1])));
        Map<String, Integer> bands = new TreeMap<>();
        Map<String, Integer> last = lastContact();
        for (Draft d : drafts) {
            if (d.roles.equals(List.of(Role.JOURNALIST)) && d.tier == Tier.STANDARD) {
                bands.merge(band(last.get(d.id)), 1, Integer::sum);
            }
        }
        out.append("  standard journalists by days since contact on ").append(END).append(": ").append(bands).append('\n');
        BigDecimal fees = BigDecimal.ZERO;
        for (Draft d : drafts) {
            BigDecimal fee = defaultFee(d.member());
            fees = fee == null ? fees : fees.add(fee);
        }
        out.append("  fee book under the default policy: ").append(fees).append(" of ").append(CONVENOR_INCOME)
                .append(String.format(Locale.ROOT, " (%.2f%%)%n", fees.doubleValue() * 100 / CONVENOR_INCOME.doubleValue()));
        return out.toString();
    }

    private Map<String, Integer> lastContact() {
        Map<String, Integer> last = new LinkedHashMap<>();
        for (Interaction i : interactions) {
            last.merge(i.memberId(), daysAgo(i.date()), Math::min);
        }
        return last;
    }

    static String band(Integer days) {
        if (days == null) {
            return "never";
        }
        return days <= 60 ? "0-60" : days <= 90 ? "61-90" : days <= 120 ? "91-120" : days <= 180 ? "121-180" : "181+";
    }

    /**
     * The fee a partner organisation owes under the default policy (band, capped at 0.5% of its income), or null
     * when none is counted: not an organisation partner, exempt, or the fee needs information.
     */
    static BigDecimal defaultFee(Member member) {
        if (member.kind() != MemberKind.ORGANISATION || !member.hasRole(Role.PARTNER)
                || Boolean.TRUE.equals(member.feeWaiver()) || member.country() == null || member.annualIncome() == null) {
            return null;
        }
        boolean south = member.globalSouth() != null ? member.globalSouth() : !NORTH.contains(member.country());
        if (south) {
            return null;
        }
        long income = member.annualIncome().longValue();
        long band = income < 1_000_000 ? 250 : income < 10_000_000 ? 1_000 : income < 50_000_000 ? 2_500
                : income < 250_000_000 ? 5_000 : 10_000;
        return BigDecimal.valueOf(Math.min(band, income / 200));
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private Draft org(String name, List<Role> roles, Tier tier, List<Sector> sectors, String country) {
        return add(name, MemberKind.ORGANISATION, roles, tier, sectors, country);
    }

    /** A person; with no name given, one is invented from the naming tradition of the country. */
    private Draft person(String name, List<Role> roles, Tier tier, List<Sector> sectors, String country) {
        return add(name != null ? name : personName(roles, sectors, country), MemberKind.PERSON, roles, tier, sectors,
                country);
    }

    private Draft add(String name, MemberKind kind, List<Role> roles, Tier tier, List<Sector> sectors, String country) {
        if (!names.add(name) || kind == MemberKind.PERSON && !people.add(personKey(name))) {
            throw new IllegalStateException("name used twice: " + name);
        }
        if (kind == MemberKind.PERSON) {
            countNameParts(withoutTitle(name));
        }
        String id = slug(withoutTitle(name));
        String unique = id;
        for (int n = 2; exists(unique); n++) {
            unique = id + "-" + n;
        }
        Draft draft = new Draft(unique, name, kind, List.copyOf(roles), tier, List.copyOf(sectors), country);
        drafts.add(draft);
        return draft;
    }

    private static String withoutTitle(String name) {
        return name.replaceFirst("^(Dr|Prof\\.|Amb\\.|Rev\\.|Bishop|Rabbi|Imam|Sheikh|Father) ", "");
    }

    /** The same for "Rania Haddad", "Haddad, Rania" and "Dr Rania Haddad": one person's name, however written. */
    private static String personKey(String name) {
        List<String> parts = new ArrayList<>(List.of(slug(withoutTitle(name)).split("-")));
        Collections.sort(parts);
        return String.join("-", parts);
    }

    private boolean exists(String id) {
        return drafts.stream().anyMatch(d -> d.id.equals(id));
    }

    private Draft draft(String id) {
        return drafts.stream().filter(d -> d.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no member " + id));
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "")
                        .replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ı", "i").replace("ł", "l"),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private String personName(List<Role> roles, List<Sector> sectors, String country) {
        Culture culture = CULTURE.get(country);
        if (NORTH.contains(country) && random.nextInt(10) < 3) {
            culture = Culture.values()[random.nextInt(Culture.values().length)];
        }
        String title = roles.contains(Role.ALLY) ? title(sectors.get(0), culture) : "";
        for (int attempt = 0; attempt < 200; attempt++) {
            String name = title + leastUsed(culture.first, attempt / 10) + " " + leastUsed(culture.last, attempt / 10);
            if (!names.contains(name) && !people.contains(personKey(name))) {
                return name;
            }
        }
        throw new IllegalStateException("ran out of names for " + culture);
    }

    /** Counts the given and family names of a person ("Lucía Núñez" or "Núñez, Lucía"), whatever tradition. */
    private void countNameParts(String name) {
        for (Culture culture : Culture.values()) {
            culture.first.stream().filter(f -> name.startsWith(f + " ") || name.endsWith(", " + f))
                    .forEach(f -> nameUse.merge(f, 1, Integer::sum));
            culture.last.stream().filter(l -> name.endsWith(" " + l) || name.startsWith(l + ","))
                    .forEach(l -> nameUse.merge(l, 1, Integer::sum));
        }
    }

    /** One of the least used of these name parts (with some slack), so that few people share a family name. */
    private String leastUsed(List<String> parts, int slack) {
        int least = parts.stream().mapToInt(p -> nameUse.getOrDefault(p, 0)).min().orElse(0);
        List<String> choices = parts.stream().filter(p -> nameUse.getOrDefault(p, 0) <= least + slack).toList();
        return choices.get(random.nextInt(choices.size()));
    }

    private String title(Sector sector, Culture culture) {
        return switch (sector) {
            case MEDICAL -> "Dr ";
            case ACADEMIC -> random.nextBoolean() ? "Prof. " : "Dr ";
            case DIPLOMATIC -> "Amb. ";
            case FAITH -> switch (culture) {
                case ARAB -> random.nextBoolean() ? "Sheikh " : "Imam ";
                case LATIN, LUSO -> "Father ";
                case EAST_AFRICAN, WEST_AFRICAN, SOUTHERN_AFRICAN -> random.nextBoolean() ? "Bishop " : "Rev. ";
                case ANGLO, GERMANIC, FRENCH, NORDIC -> random.nextInt(3) == 0 ? "Rabbi " : "Rev. ";
                default -> "";
            };
            default -> "";
        };
    }

    private static final Map<Sector, List<String>> ORG_NAMES = new EnumMap<>(Sector.class);

    static {
        ORG_NAMES.put(Sector.HUMAN_RIGHTS, List.of("%s Human Rights Centre", "%s Rights Observatory",
                "%s Civil Liberties Union", "%s Centre for Rights and Justice", "%s Defenders Network"));
        ORG_NAMES.put(Sector.HUMANITARIAN, List.of("%s Relief", "%s Aid Network", "%s Emergency Response",
                "%s Humanitarian Alliance", "%s Relief Foundation"));
        ORG_NAMES.put(Sector.PEACEBUILDING, List.of("%s Peace Forum", "%s Centre for Dialogue", "%s Mediation Initiative",
                "%s Peacebuilding Network"));
        ORG_NAMES.put(Sector.MEDICAL, List.of("%s Physicians' Network", "%s Health Workers Association",
                "%s Field Surgery Trust", "%s Medical Relief Society", "%s Nurses' Union"));
        ORG_NAMES.put(Sector.LEGAL, List.of("%s Legal Aid Trust", "%s Law Clinic", "%s Accountability Project",
                "%s Centre for International Law", "%s Bar Association"));
        ORG_NAMES.put(Sector.AFFECTED_COMMUNITY, List.of("%s Displaced Families Association", "%s Survivors' Network",
                "%s Women's Collective", "%s Refugee Voices", "%s Families of the Missing"));
        ORG_NAMES.put(Sector.FAITH, List.of("%s Interfaith Council", "%s Faith Leaders' Forum", "%s Council of Churches",
                "%s Mosques' Relief Committee"));
        ORG_NAMES.put(Sector.ACADEMIC, List.of("%s Institute for Conflict Studies", "%s Centre on War and Society",
                "%s Research Group on Civilian Harm"));
        ORG_NAMES.put(Sector.MEDIA, List.of("%s Press Freedom Fund", "%s Media Lab", "%s Community Radio"));
        ORG_NAMES.put(Sector.CREATIVE, List.of("%s Film Collective", "%s Theatre Company", "%s Artists' Circle"));
        ORG_NAMES.put(Sector.DIPLOMATIC, List.of("%s Elders' Circle", "%s Former Envoys' Forum"));
        ORG_NAMES.put(Sector.BUSINESS, List.of("%s Investors' Alliance", "%s Business Ethics Forum",
                "%s Chamber for Responsible Trade"));
    }

    private static final List<String> DONOR_NAMES = List.of("%s Foundation", "%s Trust", "%s Charitable Fund",
            "%s Fund for Peace and Justice", "%s Family Foundation");

    /** An invented organisation name for the sector (null: a funder), from a place word of the region used by no other. */
    private String orgName(Sector sector, String country) {
        List<String> templates = sector == null ? DONOR_NAMES : ORG_NAMES.get(sector);
        Culture culture = CULTURE.get(country);
        if (culture != Culture.ARAB && culture != Culture.SOUTH_ASIAN && culture != Culture.TURKISH
                && culture != Culture.WEST_AFRICAN && culture != Culture.EAST_AFRICAN) {
            templates = templates.stream().filter(t -> !t.contains("Mosques")).toList();
        }
        List<String> fresh = places(country).stream()
                .filter(place -> names.stream().noneMatch(name -> name.startsWith(place + " ")))
                .filter(place -> !RESERVED_PLACES.contains(place))
                .toList();
        if (fresh.isEmpty()) {
            throw new IllegalStateException("no place word left for an organisation in " + country);
        }
        String place = fresh.get(random.nextInt(fresh.size()));
        return String.format(Locale.ROOT, templates.get(random.nextInt(templates.size())), place);
    }

    private static List<String> places(String country) {
        Culture culture = CULTURE.get(country);
        if (culture == null || NORTH.contains(country)) {
            return NORTH_PLACES;
        }
        return switch (culture) {
            case EAST_AFRICAN, WEST_AFRICAN, SOUTHERN_AFRICAN -> AFRICA_PLACES;
            case ARAB -> ARAB_PLACES;
            case LATIN, LUSO -> LATIN_PLACES;
            case SOUTH_ASIAN, TURKISH -> ASIA_PLACES;
            case UKRAINIAN -> UKRAINE_PLACES;
            default -> NORTH_PLACES;
        };
    }

    private String country(int northPercent) {
        return pick(random.nextInt(100) < northPercent ? NORTH_WEIGHTS : SOUTH_WEIGHTS);
    }

    /** One or two sectors: a first by weight and, {@code secondPercent} of the time, another. */
    private List<Sector> sectors(Map<Sector, Integer> choices, int secondPercent) {
        List<Sector> sectors = new ArrayList<>(List.of(pick(choices)));
        if (random.nextInt(100) < secondPercent) {
            Sector second = pick(choices);
            if (!sectors.contains(second)) {
                sectors.add(second);
            }
        }
        return sectors;
    }

    /** An income in one of the five fee bands, by weight, rounded to three significant figures. */
    private long income(int under1m, int to10m, int to50m, int to250m, int over250m) {
        int roll = random.nextInt(under1m + to10m + to50m + to250m + over250m);
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
        long value = low + (long) (random.nextDouble() * (high - low));
        long unit = (long) Math.pow(10, Math.max(0, (int) Math.log10(value) - 2));
        return value / unit * unit;
    }

    private void addDays(List<Integer> plan, int count, int from, int to) {
        for (int i = 0; i < count; i++) {
            plan.add(between(from, to));
        }
    }

    private int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    private <T> T pick(Map<T, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (Map.Entry<T, Integer> entry : weights.entrySet()) {
            roll -= entry.getValue();
            if (roll < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException();
    }

    static LocalDate date(int daysAgo) {
        return END.minusDays(daysAgo);
    }

    static int daysAgo(LocalDate date) {
        return (int) (END.toEpochDay() - date.toEpochDay());
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<T, Integer> weights(Object... pairs) {
        Map<T, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((T) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }

    private static Map<Integer, String> ordered(Object... pairs) {
        Map<Integer, String> map = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Integer) pairs[i], (String) pairs[i + 1]);
        }
        return map;
    }

    private static void notes(Role role, InteractionKind kind, String... notes) {
        NOTES.computeIfAbsent(role, r -> new EnumMap<>(InteractionKind.class)).put(kind, List.of(notes));
    }
}
