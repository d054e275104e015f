package org.convenor.validation;

import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.convenor.network.Campaign;
import org.convenor.network.Coalition;
import org.convenor.network.CoalitionResponse;
import org.convenor.network.Country;
import org.convenor.network.Interaction;
import org.convenor.network.Member;
import org.convenor.network.Moment;
import org.convenor.network.ResponseKind;
import org.convenor.network.Target;

/**
 * Checks on the shared shapes: required fields first, then what looks across records (unique ids, known
 * countries, references that resolve), which can assume the basics hold.
 */
public final class NetworkChecks {

    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private NetworkChecks() {
    }

    /**
     * Required fields, values and known countries of each member; then, once every member's required fields hold,
     * unique ids.
     */
    public static void members(Problems problems, List<Member> members) {
        if (!problems.requiredList("members", members)) {
            return;
        }
        boolean complete = true;
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            if (isBlank(member.id()) || member.kind() == null || member.roles() == null || member.roles().isEmpty()
                    || hasNull(member.roles()) || hasNull(member.sectors()) || hasBlank(member.reaches())
                    || Problems.amountProblem(member.annualIncome()) != null) {
                complete = false;
                String path = "members[" + i + "]";
                problems.required(path + ".id", member.id());
                problems.required(path + ".kind", member.kind());
                if (problems.requiredList(path + ".roles", member.roles())) {
                    problems.notEmpty(path + ".roles", member.roles());
                }
                problems.noNullElements(path + ".sectors", member.sectors());
                problems.noNullElements(path + ".reaches", member.reaches());
                problems.amount(path + ".annualIncome", member.annualIncome());
            }
            if (!isBlank(member.id())) {
                problems.id("members[" + i + "].id", member.id());
            }
            if (member.reaches() != null && !hasBlank(member.reaches())) {
                problems.ids("members[" + i + "].reaches", member.reaches());
            }
            problems.date("members[" + i + "].joinedOn", member.joinedOn());
            currency(problems, "members[" + i + "].incomeCurrency", member.incomeCurrency());
            if (member.country() != null && !Country.isKnown(member.country())) {
                problems.add("members[" + i + "].country",
                        "'" + member.country() + "' is not an ISO 3166-1 alpha-2 country code (e.g. KE, GB; XK for Kosovo)");
            }
        }
        if (!complete) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            Member member = members.get(i);
            Integer first = seen.putIfAbsent(member.id(), i);
            if (first != null) {
                problems.add("members[" + i + "].id",
                        "duplicate member id '" + member.id() + "' (also members[" + first + "])");
            }
        }
    }

    /**
     * A currency is a code Java knows from ISO 4217 (which also holds the three upper-case letters' shape); a
     * code the fee rules have no exchange rate for is theirs to ask about, not a bad request.
     */
    public static void currency(Problems problems, String field, String code) {
        if (code != null && !CURRENCIES.contains(code)) {
            problems.add(field, "'" + code + "' is not an ISO 4217 currency code (e.g. GBP)");
        }
    }

    private static boolean hasNull(List<?> values) {
        for (Object value : values) {
            if (value == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBlank(List<String> values) {
        for (String value : values) {
            if (isBlank(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Interactions and coalitions: their own required fields, and that every member they name is in members. */
    public static void references(Problems problems, List<Member> members, List<Interaction> interactions,
            List<Coalition> coalitions) {
        references(problems, members == null ? Set.of() : ids(members), interactions, coalitions);
    }

    /** The same, against members known by id only (the stored ones). */
    public static void references(Problems problems, Set<String> memberIds, List<Interaction> interactions,
            List<Coalition> coalitions) {
        interactions(problems, interactions, memberIds);
        coalitions(problems, coalitions, memberIds);
    }

    private static Set<String> ids(List<Member> members) {
        Set<String> ids = new HashSet<>();
        members.stream().filter(Objects::nonNull).forEach(member -> ids.add(member.id()));
        return ids;
    }

    /** Checked field by field without building a path unless something is wrong: requests can be large. */
    private static void interactions(Problems problems, List<Interaction> interactions, Set<String> memberIds) {
        if (!problems.requiredList("interactions", interactions)) {
            return;
        }
        for (int i = 0; i < interactions.size(); i++) {
            Interaction interaction = interactions.get(i);
            if (interaction.memberId() == null || !memberIds.contains(interaction.memberId())
                    || !Ids.isValid(interaction.memberId()) || interaction.date() == null
                    || !Dates.inRange(interaction.date()) || interaction.kind() == null) {
                String path = "interactions[" + i + "]";
                if (problems.required(path + ".memberId", interaction.memberId())
                        && problems.id(path + ".memberId", interaction.memberId())) {
                    knownMember(problems, path + ".memberId", interaction.memberId(), memberIds);
                }
                if (problems.required(path + ".date", interaction.date())) {
                    problems.date(path + ".date", interaction.date());
                }
                problems.required(path + ".kind", interaction.kind());
            }
        }
    }

    private static void coalitions(Problems problems, List<Coalition> coalitions, Set<String> memberIds) {
        if (!problems.requiredList("coalitions", coalitions)) {
            return;
        }
        Set<String> coalitionIds = new HashSet<>();
        for (int i = 0; i < coalitions.size(); i++) {
            Coalition coalition = coalitions.get(i);
            String path = "coalitions[" + i + "]";
            if (problems.required(path + ".id", coalition.id()) && problems.id(path + ".id", coalition.id())
                    && !coalitionIds.add(coalition.id())) {
                problems.add(path + ".id", "duplicate coalition id '" + coalition.id() + "'");
            }
            problems.id(path + ".campaignId", coalition.campaignId());
            if (problems.required(path + ".formedOn", coalition.formedOn())) {
                problems.date(path + ".formedOn", coalition.formedOn());
            }
            problems.noNullElements(path + ".sectors", coalition.sectors());
            if (problems.noNullElements(path + ".invited", coalition.invited())) {
                for (int j = 0; j < coalition.invited().size(); j++) {
                    if (problems.id(path + ".invited[" + j + "]", coalition.invited().get(j))) {
                        knownMember(problems, path + ".invited[" + j + "]", coalition.invited().get(j), memberIds);
                    }
                }
            }
            if (problems.noNullElements(path + ".responses", coalition.responses())) {
                for (int j = 0; j < coalition.responses().size(); j++) {
                    response(problems, path + ".responses[" + j + "]", coalition.responses().get(j), memberIds);
                }
            }
        }
    }

    private static void response(Problems problems, String path, CoalitionResponse response, Set<String> memberIds) {
        if (problems.required(path + ".memberId", response.memberId())
                && problems.id(path + ".memberId", response.memberId())) {
            knownMember(problems, path + ".memberId", response.memberId(), memberIds);
        }
        problems.required(path + ".response", response.response());
        if (problems.required(path + ".date", response.date())) {
            problems.date(path + ".date", response.date());
        }
        if (response.reason() != null && response.response() != ResponseKind.DECLINED) {
            problems.add(path + ".reason", "a reason is only given with response DECLINED");
        }
    }

    /**
     * A campaign's own fields: its id, themes and targets (each with an id and a kind). {@code targetIds} holds
     * the paths of target ids seen so far, across campaigns when several are checked together: a target id
     * names one target.
     */
    public static void campaign(Problems problems, String path, Campaign campaign, Map<String, String> targetIds) {
        if (problems.required(path + ".id", campaign.id())) {
            problems.id(path + ".id", campaign.id());
        }
        problems.noNullElements(path + ".themes", campaign.themes());
        problems.date(path + ".startsOn", campaign.startsOn());
        problems.date(path + ".endsOn", campaign.endsOn());
        if (campaign.startsOn() != null && campaign.endsOn() != null && campaign.endsOn().isBefore(campaign.startsOn())) {
            problems.add(path + ".endsOn", "ends on " + campaign.endsOn() + ", before it starts on "
                    + campaign.startsOn());
        }
        if (problems.noNullElements(path + ".moments", campaign.moments())) {
            for (int j = 0; j < campaign.moments().size(); j++) {
                Moment moment = campaign.moments().get(j);
                String momentPath = path + ".moments[" + j + "]";
                if (problems.required(momentPath + ".on", moment.on())) {
                    problems.date(momentPath + ".on", moment.on());
                }
                problems.required(momentPath + ".what", moment.what());
            }
        }
        if (problems.noNullElements(path + ".targets", campaign.targets())) {
            for (int j = 0; j < campaign.targets().size(); j++) {
                Target target = campaign.targets().get(j);
                String targetPath = path + ".targets[" + j + "]";
                if (problems.required(targetPath + ".id", target.id()) && problems.id(targetPath + ".id", target.id())) {
                    String first = targetIds.putIfAbsent(target.id(), targetPath + ".id");
                    if (first != null) {
                        problems.add(targetPath + ".id", "duplicate target id '" + target.id() + "' (also " + first + ")");
                    }
                }
                problems.required(targetPath + ".kind", target.kind());
                problems.noNullElements(targetPath + ".listensTo", target.listensTo());
            }
        }
    }

    private static void knownMember(Problems problems, String field, String id, Set<String> memberIds) {
        if (!memberIds.contains(id)) {
            problems.add(field, "unknown member id '" + id + "': it is not in members");
        }
    }
}
