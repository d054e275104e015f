package org.convenor.fees;

import java.util.Set;
import java.util.regex.Pattern;

/** A named list of ISO 3166-1 alpha-2 country codes, with where it comes from. */
public record CountryList(String name, String source, Set<String> codes) {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    public CountryList(String name, String source, String codes) {
        this(name, source, Set.of(SPACES.split(codes.trim())));
    }
}
