package org.convenor.coalitions;

import java.util.List;

import org.convenor.network.Member;

/** Members as a sentence names them, in a stable order: "Amina Diallo, bbc-desk and Carla Ruiz". */
public final class Names {

    private Names() {
    }

    /** Each member by its name, or by its id where it has none. */
    public static String list(List<Member> members) {
        List<String> sorted = members.stream().map(member -> member.name() != null ? member.name() : member.id())
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
        if (sorted.size() == 1) {
            return sorted.get(0);
        }
        return String.join(", ", sorted.subList(0, sorted.size() - 1)) + " and " + sorted.get(sorted.size() - 1);
    }
}
