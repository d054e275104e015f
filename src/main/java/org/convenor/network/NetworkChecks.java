package org.convenor.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.convenor.system.FieldProblem;

/** Checks that look across a request's records: unique ids, known countries, references that resolve. */
public final class NetworkChecks {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private NetworkChecks() {
    }

    public static List<FieldProblem> members(List<Member> members) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            Integer first = seen.putIfAbsent(member.id(), i);
            if (first != null) {
                problems.add(new FieldProblem("members[" + i + "].id",
                        "duplicate member id '" + member.id() + "' (also members[" + first + "])"));
            }
            if (member.country() != null && !COUNTRIES.contains(member.country())) {
                problems.add(new FieldProblem("members[" + i + "].country",
                        "'" + member.country() + "' is not an ISO 3166-1 alpha-2 country code (e.g. KE, GB)"));
            }
        }
        return problems;
    }

    public static Set<String> ids(List<Member> members) {
        Set<String> ids = new HashSet<>();
        members.forEach(member -> ids.add(member.id()));
        return ids;
    }

    public static List<FieldProblem> interactions(List<Interaction> interactions, Set<String> memberIds) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < interactions.size(); i++) {
            unknownMember(problems, "interactions[" + i + "].memberId", interactions.get(i).memberId(), memberIds);
        }
        return problems;
    }

    public static List<FieldProblem> coalitions(List<Coalition> coalitions, Set<String> memberIds) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> coalitionIds = new HashSet<>();
        for (int i = 0; i < coalitions.size(); i++) {
            Coalition coalition = coalitions.get(i);
            String path = "coalitions[" + i + "]";
            if (!coalitionIds.add(coalition.id())) {
                problems.add(new FieldProblem(path + ".id", "duplicate coalition id '" + coalition.id() + "'"));
            }
            for (int j = 0; j < coalition.invited().size(); j++) {
                unknownMember(problems, path + ".invited[" + j + "]", coalition.invited().get(j), memberIds);
            }
            for (int j = 0; j < coalition.responses().size(); j++) {
                CoalitionResponse response = coalition.responses().get(j);
                unknownMember(problems, path + ".responses[" + j + "].memberId", response.memberId(), memberIds);
                if (response.reason() != null && response.response() != ResponseKind.DECLINED) {
                    problems.add(new FieldProblem(path + ".responses[" + j + "].reason",
                            "a reason is only given with response DECLINED"));
                }
            }
        }
        return problems;
    }

    private static void unknownMember(List<FieldProblem> problems, String field, String id, Set<String> memberIds) {
        if (!memberIds.contains(id)) {
            problems.add(new FieldProblem(field, "unknown member id '" + id + "': it is not in members"));
        }
    }
}
