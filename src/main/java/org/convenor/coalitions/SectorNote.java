package org.convenor.coalitions;

import java.util.List;
import java.util.Set;

import org.convenor.network.Member;
import org.convenor.network.Sector;
import org.jspecify.annotations.Nullable;

/**
 * A further reason shown with a recommended sector (whom we know in a world where we have no voice). A note that
 * names members keeps them apart from its words, which say {@value #MEMBERS} where the names go: each reader reads
 * only the members they may see, so a restricted member is never named to someone who may not see it.
 *
 * @param members the members the note names, in place of {@value #MEMBERS}; empty for a note that names none
 */
public record SectorNote(Sector sector, String reason, List<Member> members) {

    public static final String MEMBERS = "{members}";

    /** A note that names no member. */
    public SectorNote(Sector sector, String reason) {
        this(sector, reason, List.of());
    }

    /** A note naming these members where its words say {@value #MEMBERS}. */
    public static SectorNote naming(Sector sector, List<Member> members, String words) {
        return new SectorNote(sector, words, List.copyOf(members));
    }

    /** Its words for a reader who may not see these members; {@code null} when it would name none they see. */
    @Nullable
    String wordedWithout(Set<String> hidden) {
        if (members.isEmpty()) {
            return reason;
        }
        List<Member> seen = seenWithout(hidden);
        return seen.isEmpty() ? null : reason.replace(MEMBERS, Names.list(seen));
    }

    /** The members it names that a reader who may not see these sees. */
    List<Member> seenWithout(Set<String> hidden) {
        return members.stream().filter(member -> !hidden.contains(member.id())).toList();
    }
}
