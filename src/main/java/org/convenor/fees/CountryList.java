package org.convenor.fees;

import java.util.Set;
import java.util.TreeSet;

import org.convenor.network.Country;

/**
 * A named list of countries, as the reasons name it ("the World Bank low/middle income list (FY2026)").
 * Written in the rules one {@link Country} per entry, so a mistyped code does not compile.
 */
public record CountryList(String name, Set<String> codes) {

    public CountryList {
        codes = Set.copyOf(codes);
    }

    public static CountryList of(String name, Country... countries) {
        Set<String> codes = new TreeSet<>();
        for (Country country : countries) {
            codes.add(country.name());
        }
        return new CountryList(name, codes);
    }
}
