package org.convenor.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convenor.network.Link;
import org.convenor.network.LinkKind;
import org.convenor.network.MemberKind;

/**
 * Links between members: both ends are known members and differ, a person works at an organisation, only a
 * WORKS_AT link has a title, and the same link is given once (KNOWS either way round). Paths are
 * {@code links[i].field}; the caller names them as they were sent.
 */
public final class LinkChecks {

    private static final int TITLE = 300;

    private LinkChecks() {
    }

    /**
     * @param kinds each known member's kind, by id
     * @param stored links stored already, which a link sent must not repeat
     */
    public static void links(Problems problems, Map<String, MemberKind> kinds, List<Link> links, List<Link> stored) {
        if (!problems.requiredList("links", links)) {
            return;
        }
        Set<List<Object>> seen = new HashSet<>();
        stored.forEach(link -> seen.add(identity(link)));
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            String path = "links[" + i + "]";
            boolean from = end(problems, path + ".from", link.from(), kinds);
            boolean to = end(problems, path + ".to", link.to(), kinds);
            if (!problems.required(path + ".kind", link.kind()) || !from || !to) {
                continue;
            }
            if (link.from().equals(link.to())) {
                problems.add(path + ".to", "a member is not linked to itself");
            } else if (link.kind() == LinkKind.WORKS_AT && kinds.get(link.from()) != MemberKind.PERSON) {
                problems.add(path + ".from", "only a person works at an organisation; '" + link.from() + "' is an "
                        + "organisation");
            } else if (link.kind() == LinkKind.WORKS_AT && kinds.get(link.to()) != MemberKind.ORGANISATION) {
                problems.add(path + ".to", "a person works at an organisation; '" + link.to() + "' is a person");
            } else if (!seen.add(identity(link))) {
                problems.add(path, "'" + link.from() + "' and '" + link.to() + "' are linked so already");
            }
            if (link.title() != null && link.kind() != LinkKind.WORKS_AT) {
                problems.add(path + ".title", "only a WORKS_AT link has a title");
            } else if (link.title() != null && link.title().length() > TITLE) {
                problems.add(path + ".title", "must be at most " + TITLE + " characters");
            }
        }
    }

    private static boolean end(Problems problems, String field, String id, Map<String, MemberKind> kinds) {
        if (!problems.required(field, id) || !problems.id(field, id)) {
            return false;
        }
        if (!kinds.containsKey(id)) {
            problems.add(field, "unknown member id '" + id + "': it is not in members");
            return false;
        }
        return true;
    }

    /** What makes two links the same: KNOWS has no direction. */
    private static List<Object> identity(Link link) {
        boolean swap = link.kind() == LinkKind.KNOWS && link.from().compareTo(link.to()) > 0;
        return List.of(swap ? link.to() : link.from(), swap ? link.from() : link.to(), link.kind());
    }
}
