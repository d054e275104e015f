package org.convenor.network.imports.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.convenor.network.MemberKind;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Tier;

/**
 * The members made so far, in the order they were made (the order of {@code members.csv}), and their names:
 * every name once, every person once however the name is written, ids unique, and invented people named after
 * the least used given and family names, so that few share one.
 */
final class Roster {

    private final Dice dice;
    private final List<Draft> drafts = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> people = new HashSet<>();
    private final Map<String, Integer> nameUse = new LinkedHashMap<>();

    Roster(Dice dice) {
        this.dice = dice;
    }

    List<Draft> drafts() {
        return drafts;
    }

    Draft draft(String id) {
        return drafts.stream().filter(d -> d.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no member " + id));
    }

    boolean hasNameStartingWith(String words) {
        return names.stream().anyMatch(name -> name.startsWith(words));
    }

    Draft org(String name, List<Role> roles, Tier tier, List<Sector> sectors, String country) {
        return add(name, MemberKind.ORGANISATION, roles, tier, sectors, country);
    }

    /** A person; with no name given, one is invented from the naming tradition of the country. */
    Draft person(String name, List<Role> roles, Tier tier, List<Sector> sectors, String country) {
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

    private static String slug(String name) {
        String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "")
                        .replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ı", "i").replace("ł", "l"),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private String personName(List<Role> roles, List<Sector> sectors, String country) {
        Culture culture = Countries.culture(country);
        if (Countries.NORTH.contains(country) && dice.nextInt(10) < 3) {
            culture = Culture.values()[dice.nextInt(Culture.values().length)];
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
        return choices.get(dice.nextInt(choices.size()));
    }

    private String title(Sector sector, Culture culture) {
        return switch (sector) {
            case MEDICAL -> "Dr ";
            case ACADEMIC -> dice.nextBoolean() ? "Prof. " : "Dr ";
            case DIPLOMATIC -> "Amb. ";
            case FAITH -> switch (culture) {
                case ARAB -> dice.nextBoolean() ? "Sheikh " : "Imam ";
                case LATIN, LUSO -> "Father ";
                case EAST_AFRICAN, WEST_AFRICAN, SOUTHERN_AFRICAN -> dice.nextBoolean() ? "Bishop " : "Rev. ";
                case ANGLO, GERMANIC, FRENCH, NORDIC -> dice.nextInt(3) == 0 ? "Rabbi " : "Rev. ";
                default -> "";
            };
            default -> "";
        };
    }
}
