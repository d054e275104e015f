package org.convenor.network.imports.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.convenor.network.Link;
import org.convenor.network.LinkKind;
import org.convenor.network.Member;
import org.convenor.network.MemberKind;

/**
 * The demo's links, chosen from the members in the order drafted, without dice: twelve people who work at an
 * organisation sharing one of their sectors (each organisation once), six people introduced by an organisation
 * and six pairs of organisations that know each other. Enough for member pages to show links, and few enough
 * that the introductions still have pairs to suggest.
 */
final class Links {

    private static final List<String> TITLES = List.of("Director", "Programme lead", "Advocacy officer", "Researcher",
            "Field coordinator", "Legal adviser");

    private Links() {
    }

    static List<Link> of(List<Member> members) {
        List<Member> people = members.stream().filter(m -> m.kind() == MemberKind.PERSON).toList();
        List<Member> organisations = members.stream().filter(m -> m.kind() == MemberKind.ORGANISATION).toList();
        List<Link> links = new ArrayList<>();
        Set<String> employers = new HashSet<>();
        for (Member person : people) {
            if (links.size() == 12) {
                break;
            }
            organisations.stream()
                    .filter(o -> !employers.contains(o.id()) && o.sectors().stream().anyMatch(person.sectors()::contains))
                    .findFirst().ifPresent(o -> {
                        employers.add(o.id());
                        links.add(new Link(null, person.id(), o.id(), LinkKind.WORKS_AT,
                                TITLES.get(links.size() % TITLES.size())));
                    });
        }
        for (int i = 0; i < 6; i++) {
            links.add(new Link(null, people.get(20 + i).id(), organisations.get(i * 3 + 1).id(), LinkKind.INTRODUCED_BY,
                    null));
        }
        for (int i = 0; i < 6; i++) {
            links.add(new Link(null, organisations.get(40 + i).id(), organisations.get(60 + i * 2).id(), LinkKind.KNOWS,
                    null));
        }
        return links;
    }
}
