package org.convenor.relationships.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.convenor.console.Choices;
import org.convenor.console.Links;
import org.convenor.network.store.Owners;
import org.convenor.network.store.StoredNetwork;
import org.convenor.relationships.Alert;
import org.jspecify.annotations.Nullable;

/**
 * Whose alerts This week shows, as its address chose them: one user's, {@code none} (members no user owns) or
 * {@code everyone}. Left out, the signed-in user's own when they own any member, otherwise everyone's.
 *
 * @param chosen the choice, as the page's links carry it
 * @param me the signed-in user
 * @param users who may own members now, in order
 */
record WeekOwners(String chosen, OwnerFilter filter, String me, List<String> users) {

    static final String EVERYONE = "everyone";

    /** One entry of the counts at the top: who, how many of the alerts, and the link that shows them. */
    record Count(String label, String value, long alerts, boolean current, String link) {
    }

    static WeekOwners chosen(@Nullable String asked, String me, Owners owners, StoredNetwork network,
            Map<String, String> errors) {
        List<String> users = owners.all();
        String value = Choices.text(asked);
        if (value == null) {
            boolean ownsAny = users.contains(me) && network.members().stream().anyMatch(m -> me.equals(m.owner()));
            value = ownsAny ? me : EVERYONE;
        } else if (!value.equals(EVERYONE) && !value.equals(OwnerFilter.NONE) && !users.contains(value)) {
            errors.put("owner", "'" + value + "' is not a user who may own members; showing everyone's");
            value = EVERYONE;
        }
        Set<String> may = Set.copyOf(users);
        OwnerFilter filter = value.equals(EVERYONE) ? new OwnerFilter(may, null, false)
                : value.equals(OwnerFilter.NONE) ? new OwnerFilter(may, null, true) : new OwnerFilter(may, value, false);
        return new WeekOwners(value, filter, me, users);
    }

    boolean filters() {
        return !chosen.equals(EVERYONE);
    }

    /** A member's owner as the page names them; one who may no longer own members is said to be so. */
    String named(@Nullable String owner) {
        if (owner == null) {
            return "no owner";
        }
        if (filter.current(owner) == null) {
            return owner + " (may no longer own members)";
        }
        return owner.equals(me) ? owner + " (you)" : owner;
    }

    /**
     * How many of these alerts each owner has: yours first if you may own members, then everyone's, the unowned
     * (including the members of owners who left) and each other user who may own members.
     *
     * @param filters the page's other filters, which each link keeps
     */
    List<Count> counts(List<Alert> alerts, Map<String, Object> filters) {
        Map<String, Long> byOwner = alerts.stream().collect(Collectors.groupingBy(
                alert -> Objects.requireNonNullElse(filter.current(alert.owner()), OwnerFilter.NONE),
                Collectors.counting()));
        List<Count> counts = new ArrayList<>();
        if (users.contains(me)) {
            counts.add(count("Mine", me, byOwner.getOrDefault(me, 0L), filters));
        }
        counts.add(count("Everyone", EVERYONE, alerts.size(), filters));
        counts.add(count("No owner", OwnerFilter.NONE, byOwner.getOrDefault(OwnerFilter.NONE, 0L), filters));
        users.stream().filter(user -> !user.equals(me))
                .forEach(user -> counts.add(count(user, user, byOwner.getOrDefault(user, 0L), filters)));
        return counts;
    }

    private Count count(String label, String value, long alerts, Map<String, Object> filters) {
        Map<String, Object> query = new LinkedHashMap<>(filters);
        query.put("owner", value);
        return new Count(label, value, alerts, value.equals(chosen), Links.to("/", query));
    }
}
