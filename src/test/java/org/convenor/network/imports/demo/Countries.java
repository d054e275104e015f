package org.convenor.network.imports.demo;

import static org.convenor.network.imports.demo.Dice.weights;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The countries members come from: whether each is high income (which decides fees and which place words and
 * names fit), how often each appears, and the naming tradition of its people.
 */
final class Countries {

    /** High-income countries used here (off the World Bank low/middle income list). */
    static final Set<String> NORTH = Set.of("GB", "IE", "US", "CA", "FR", "BE", "CH", "DE", "NL", "NO", "SE", "DK");

    private static final Map<String, Integer> NORTH_WEIGHTS = weights("GB", 12, "US", 8, "FR", 4, "DE", 4, "NO", 3,
            "CH", 4, "NL", 4, "SE", 3, "IE", 1, "DK", 1, "BE", 2, "CA", 2);
    private static final Map<String, Integer> SOUTH_WEIGHTS = weights("KE", 4, "NG", 3, "SY", 3, "LB", 3, "JO", 2,
            "SD", 2, "UA", 3, "CO", 2, "BR", 2, "IN", 2, "ZA", 2, "PS", 1, "YE", 1, "SS", 1, "IQ", 1, "TR", 1, "UG", 1,
            "PK", 1, "MX", 1, "GH", 1, "SN", 1);


    private static final Map<String, Culture> CULTURES = new LinkedHashMap<>();

    static {
        for (String c : List.of("GB", "IE", "US", "CA")) {
            CULTURES.put(c, Culture.ANGLO);
        }
        for (String c : List.of("FR", "BE", "CH")) {
            CULTURES.put(c, Culture.FRENCH);
        }
        for (String c : List.of("DE", "NL")) {
            CULTURES.put(c, Culture.GERMANIC);
        }
        for (String c : List.of("NO", "SE", "DK")) {
            CULTURES.put(c, Culture.NORDIC);
        }
        for (String c : List.of("KE", "UG", "SS")) {
            CULTURES.put(c, Culture.EAST_AFRICAN);
        }
        for (String c : List.of("NG", "GH", "SN")) {
            CULTURES.put(c, Culture.WEST_AFRICAN);
        }
        for (String c : List.of("SY", "LB", "JO", "PS", "IQ", "YE", "SD")) {
            CULTURES.put(c, Culture.ARAB);
        }
        for (String c : List.of("CO", "MX", "GT")) {
            CULTURES.put(c, Culture.LATIN);
        }
        CULTURES.put("BR", Culture.LUSO);
        for (String c : List.of("IN", "PK", "BD")) {
            CULTURES.put(c, Culture.SOUTH_ASIAN);
        }
        CULTURES.put("UA", Culture.UKRAINIAN);
        CULTURES.put("ZA", Culture.SOUTHERN_AFRICAN);
        CULTURES.put("TR", Culture.TURKISH);
    }

    private Countries() {
    }

    /** The naming tradition of a country; null for one no member comes from. */
    static Culture culture(String country) {
        return CULTURES.get(country);
    }

    /** A country by weight: high income {@code northPercent} of the time. */
    static String pick(Dice dice, int northPercent) {
        return dice.pick(dice.nextInt(100) < northPercent ? NORTH_WEIGHTS : SOUTH_WEIGHTS);
    }
}
