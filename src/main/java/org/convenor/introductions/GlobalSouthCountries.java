package org.convenor.introductions;

import java.util.Set;
import java.util.TreeSet;

import org.convenor.network.Country;

/**
 * The countries the introductions count as the Global South, named as the reasons name the list. Written in the
 * rules one {@link Country} per entry, so a mistyped code does not compile.
 */
public record GlobalSouthCountries(String name, Set<String> codes) {

    public GlobalSouthCountries {
        codes = Set.copyOf(codes);
    }

    public static GlobalSouthCountries of(String name, Country... countries) {
        Set<String> codes = new TreeSet<>();
        for (Country country : countries) {
            codes.add(country.name());
        }
        return new GlobalSouthCountries(name, codes);
    }
}
