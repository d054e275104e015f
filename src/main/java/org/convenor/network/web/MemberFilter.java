package org.convenor.network.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.convenor.console.Choices;
import org.convenor.network.Member;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Tier;
import org.convenor.network.store.MemberPages;
import org.jspecify.annotations.Nullable;

/**
 * The Network page's filters, as its address gives them: which members the list shows, and which "give these to"
 * gives. An owner is a username (a user who may own members, or one who has left but still owns some),
 * {@link #NONE} (no owner who may own members now) or none at all (any owner).
 *
 * @param mayOwn the usernames that may own members now
 */
record MemberFilter(@Nullable String q, @Nullable Role role, @Nullable Tier tier, @Nullable Sector sector,
        @Nullable String owner, Set<String> mayOwn) {

    static final String NONE = "none";

    /** @param stored the owners stored on members, users or not */
    static MemberFilter of(String q, String role, String tier, String sector, String owner, Set<String> mayOwn,
            Set<String> stored, Map<String, String> errors) {
        String byOwner = Choices.text(owner);
        if (byOwner != null && !byOwner.equals(NONE) && !mayOwn.contains(byOwner) && !stored.contains(byOwner)) {
            errors.put("owner", "'" + byOwner + "' owns no member and may not own any");
            byOwner = null;
        }
        return new MemberFilter(q == null ? null : q.strip(), Choices.word(role, Role.class, "role", errors),
                Choices.word(tier, Tier.class, "tier", errors), Choices.word(sector, Sector.class, "sector", errors),
                byOwner, mayOwn);
    }

    boolean matches(Member member) {
        String text = Choices.text(q) == null ? null : q.toLowerCase(Locale.ROOT);
        return (text == null || member.id().toLowerCase(Locale.ROOT).contains(text)
                || member.name() != null && member.name().toLowerCase(Locale.ROOT).contains(text))
                && (role == null || member.hasRole(role))
                && (tier == null || member.tier() == tier)
                && (sector == null || member.sectors().contains(sector))
                && (owner == null || (owner.equals(NONE) ? member.owner() == null || !mayOwn.contains(member.owner())
                        : owner.equals(member.owner())));
    }

    /** The same filter, for the store to apply in the database. */
    MemberPages.Filter stored() {
        return new MemberPages.Filter(Choices.text(q), role, tier, sector, NONE.equals(owner) ? null : owner,
                NONE.equals(owner), mayOwn);
    }

    List<Member> of(List<Member> members) {
        return members.stream().filter(this::matches).toList();
    }

    /** As the page's address carries them, in order; those not set are null. */
    Map<String, Object> query() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("q", q);
        query.put("role", role);
        query.put("tier", tier);
        query.put("sector", sector);
        query.put("owner", owner);
        return query;
    }

    boolean any() {
        return query().values().stream().anyMatch(value -> value != null && !value.toString().isBlank());
    }
}
