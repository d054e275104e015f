package org.convenor.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Words as a page shows them: the enum word {@code NEVER_CONTACTED} reads "Never contacted", the field path
 * {@code targets[1].listensTo} reads "Target 2, listens to". Templates reach it as {@code @words}; forms and
 * exports keep the contract's own words.
 */
@Component("words")
public class Words {

    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");
    /** Words that are not simply lower case in a sentence: an acronym, a proper name. */
    private static final Map<String, String> NAMES = Map.of("UN_SECURITY_COUNCIL", "UN Security Council",
            "GLOBAL_SOUTH", "Global South");

    public String of(Enum<?> word) {
        return word == null ? "" : sentence(word.name());
    }

    /** A contract word carried as text ({@code "NEGLECTED"} in an answer element). */
    public String word(String word) {
        return word == null ? "" : sentence(word);
    }

    public String field(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("\\.")) {
            Matcher indexed = INDEXED.matcher(part);
            parts.add(indexed.matches() ? singular(indexed.group(1)) + " " + (Integer.parseInt(indexed.group(2)) + 1)
                    : spaced(part));
        }
        return capitalised(String.join(", ", parts));
    }

    public static String sentence(String word) {
        String name = NAMES.get(word);
        return name != null ? name : capitalised(word.replace('_', ' ').toLowerCase(Locale.ROOT));
    }

    private static String singular(String plural) {
        return spaced(plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural);
    }

    private static String spaced(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
