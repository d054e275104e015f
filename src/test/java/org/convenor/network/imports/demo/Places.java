package org.convenor.network.imports.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.convenor.network.Sector;

/**
 * Invented organisation names: a place word of the organisation's region, used by no other organisation, and a
 * name that fits its sector ("Kalembe Relief", "Hollin Legal Aid Trust"), so no real organisation is named.
 */
final class Places {

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

    private final Dice dice;
    private final Roster roster;

    Places(Dice dice, Roster roster) {
        this.dice = dice;
        this.roster = roster;
    }

    /** An invented organisation name for the sector (null: a funder), from a place word of the region used by no other. */
    String orgName(Sector sector, String country) {
        List<String> templates = sector == null ? DONOR_NAMES : ORG_NAMES.get(sector);
        Culture culture = Countries.culture(country);
        if (culture != Culture.ARAB && culture != Culture.SOUTH_ASIAN && culture != Culture.TURKISH
                && culture != Culture.WEST_AFRICAN && culture != Culture.EAST_AFRICAN) {
            templates = templates.stream().filter(t -> !t.contains("Mosques")).toList();
        }
        List<String> fresh = places(country).stream()
                .filter(place -> !roster.hasNameStartingWith(place + " "))
                .filter(place -> !RESERVED_PLACES.contains(place))
                .toList();
        if (fresh.isEmpty()) {
            throw new IllegalStateException("no place word left for an organisation in " + country);
        }
        String place = fresh.get(dice.nextInt(fresh.size()));
        return String.format(Locale.ROOT, templates.get(dice.nextInt(templates.size())), place);
    }

    private static List<String> places(String country) {
        Culture culture = Countries.culture(country);
        if (culture == null || Countries.NORTH.contains(country)) {
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
}
