package org.convenor.console;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Enum words as a page shows them: {@code NEVER_CONTACTED} reads "Never contacted". Templates reach it as
 * {@code @words}; forms and exports keep the contract's own words.
 */
@Component("words")
public class Words {

    public String of(Enum<?> word) {
        return word == null ? "" : sentence(word.name());
    }

    public static String sentence(String word) {
        String spaced = word.replace('_', ' ').toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
