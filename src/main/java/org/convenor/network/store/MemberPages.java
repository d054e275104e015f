package org.convenor.network.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.convenor.network.Link;
import org.convenor.network.LinkKind;
import org.convenor.network.Member;
import org.convenor.network.Reader;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Tier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The network's pages read from the database, a page or a member at a time, so that listing a hundred members of
 * a hundred thousand, or opening one, costs what those rows cost. Every query keeps {@link Reader}'s rule in SQL:
 * a restricted member the reader may not see is never listed, counted or linked to ({@link #VISIBLE} is
 * {@code Reader.sees} written as a condition).
 */
@Repository
public class MemberPages {

    /** {@link Reader#sees}: not restricted, or the reader is ADMIN, its owner or among those it is shared with. */
    static final String VISIBLE = "(m.restricted = FALSE OR :admin = TRUE OR m.owner = :reader OR EXISTS (SELECT 1"
            + " FROM member_shared_with s WHERE s.member_id = m.id AND s.username = :reader))";
    /** Up to this many ids hidden from a reader are counted by the interactions' index, one list of ids. */
    private static final int FEW = 1000;
    /** By {@code MemberTable.sortName}, which has an index: a page reads its rows, not every member sorted. */
    private static final String ORDER = " ORDER BY m.sort_name, m.id";

    /**
     * Which members a list shows. An owner is a username; {@code withoutOwner} asks for the members no user who may
     * own members owns ({@code mayOwn} are those users).
     *
     * @param text found in the id or the name, whatever the case
     */
    public record Filter(@Nullable String text, @Nullable Role role, @Nullable Tier tier, @Nullable Sector sector,
            @Nullable String owner, boolean withoutOwner, Set<String> mayOwn) {
    }

    /** A member as a list shows it: {@code lastContact} is its latest interaction of any kind, if any. */
    public record Listed(Member member, @Nullable LocalDate lastContact) {
    }

    /**
     * One page of members the reader sees, and how many matched in all.
     *
     * @param offset the first row's place in the whole list, from 0, within it
     */
    public record Found(List<Listed> rows, int total, int offset) {
    }

    /**
     * What the reader sees of the network in all.
     *
     * @param owners every owner stored on a member they see, user or not
     */
    public record Totals(int members, int interactions, Set<String> owners) {
    }

    private final JdbcClient jdbc;
    private final MemberTable members;
    private final InteractionTable interactions;

    MemberPages(JdbcClient jdbc, MemberTable members, InteractionTable interactions) {
        this.jdbc = jdbc;
        this.members = members;
        this.interactions = interactions;
    }

    /**
     * The members matching the filter, by name (their id when they have none) whatever the case, from the row at
     * {@code offset}; a place past the last page gives the last page.
     */
    public Found page(Reader reader, Filter filter, int offset, int limit) {
        Map<String, Object> params = params(reader);
        String where = where(filter, params);
        int total = jdbc.sql("SELECT COUNT(*) FROM member m" + where).params(params).query(Integer.class).single();
        int from = Math.max(0, Math.min(offset, (Math.max(total, 1) - 1) / limit * limit));
        params.put("limit", limit);
        params.put("offset", from);
        List<String> ids = jdbc.sql("SELECT m.id FROM member m" + where + ORDER + " LIMIT :limit OFFSET :offset")
                .params(params).query(String.class).list();
        Map<String, Member> byId = new HashMap<>();
        members.of(Set.copyOf(ids)).forEach(member -> byId.put(member.id(), member));
        Map<String, LocalDate> last = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT member_id, MAX(happened_on) FROM interaction WHERE member_id IN (:ids) GROUP BY member_id")
                    .param("ids", ids).query((RowCallbackHandler) rs -> last.put(rs.getString(1),
                            rs.getObject(2, LocalDate.class)));
        }
        List<Listed> rows = new ArrayList<>(ids.size());
        ids.stream().filter(byId::containsKey).forEach(id -> rows.add(new Listed(byId.get(id), last.get(id))));
        return new Found(rows, total, from);
    }

    public Totals totals(Reader reader) {
        Map<String, Object> params = params(reader);
        // Few members are hidden from anyone: count every interaction (the table's row count), less theirs (by index).
        List<String> hidden = jdbc.sql("SELECT m.id FROM member m WHERE m.restricted = TRUE AND NOT " + VISIBLE)
                .params(params).query(String.class).list();
        int seen = jdbc.sql("SELECT COUNT(*) FROM member").query(Integer.class).single() - hidden.size();
        int interactionCount = jdbc.sql("SELECT COUNT(*) FROM interaction").query(Integer.class).single()
                - (hidden.isEmpty() ? 0 : hidden.size() > FEW ? jdbc.sql("SELECT COUNT(*) FROM interaction i JOIN member m"
                        + " ON m.id = i.member_id WHERE m.restricted = TRUE AND NOT " + VISIBLE).params(params)
                        .query(Integer.class).single()
                        : jdbc.sql("SELECT COUNT(*) FROM interaction WHERE member_id IN (:hidden)")
                                .param("hidden", hidden).query(Integer.class).single());
        Set<String> owners = new TreeSet<>(jdbc.sql("SELECT DISTINCT m.owner FROM member m WHERE m.owner IS NOT NULL AND "
                + VISIBLE).params(params).query(String.class).list());
        return new Totals(seen, interactionCount, owners);
    }

    /** The member with this id, if the reader sees it. */
    public Optional<Member> member(String id, Reader reader) {
        return members.of(Set.of(id)).stream().filter(reader::sees).findFirst();
    }

    /** The member's interactions, in the order stored, with the notes the reader may not read left out. */
    public List<StoredInteraction> interactions(Member member, Reader reader) {
        boolean mayRead = reader.mayRead(member);
        return interactions.storedOf(Set.of(member.id())).stream()
                .map(i -> !i.confidential() || mayRead ? i : i.withoutNote()).toList();
    }

    /**
     * The member's links to members the reader sees, in the order stored, and each other end by id (the members
     * a restricted one is linked to do not learn of it).
     */
    public Linked links(String memberId, Reader reader) {
        Map<String, Object> params = params(reader);
        params.put("id", memberId);
        List<Link> links = new ArrayList<>();
        Map<String, String> others = new LinkedHashMap<>();
        jdbc.sql("SELECT l.id, l.from_id, l.to_id, l.kind, l.title, m.id, m.name FROM member_link l JOIN member m"
                + " ON m.id = CASE WHEN l.from_id = :id THEN l.to_id ELSE l.from_id END"
                + " WHERE (l.from_id = :id OR l.to_id = :id) AND " + VISIBLE + " ORDER BY l.id").params(params)
                .query((RowCallbackHandler) rs -> {
                    links.add(new Link(rs.getLong(1), rs.getString(2), rs.getString(3),
                            LinkKind.valueOf(rs.getString(4)), rs.getString(5)));
                    String name = rs.getString(7);
                    others.put(rs.getString(6), name == null || name.isBlank() ? rs.getString(6) : name);
                });
        return new Linked(links, others);
    }

    /** @param names each other end's name (its id when it has none), by id */
    public record Linked(List<Link> links, Map<String, String> names) {
    }

    private static Map<String, Object> params(Reader reader) {
        Map<String, Object> params = new HashMap<>();
        params.put("admin", reader.admin());
        params.put("reader", reader.username());
        return params;
    }

    private static String where(Filter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE ").append(VISIBLE);
        if (filter.text() != null && !filter.text().isBlank()) {
            params.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
            where.append(" AND (LOWER(m.id) LIKE :text ESCAPE '\\' OR LOWER(m.name) LIKE :text ESCAPE '\\')");
        }
        if (filter.role() != null) {
            params.put("role", filter.role().name());
            where.append(" AND EXISTS (SELECT 1 FROM member_role r WHERE r.member_id = m.id AND r.role = :role)");
        }
        if (filter.tier() != null) {
            params.put("tier", filter.tier().name());
            where.append(" AND m.tier = :tier");
        }
        if (filter.sector() != null) {
            params.put("sector", filter.sector().name());
            where.append(" AND EXISTS (SELECT 1 FROM member_sector t WHERE t.member_id = m.id AND t.sector = :sector)");
        }
        if (filter.owner() != null) {
            params.put("owner", filter.owner());
            where.append(" AND m.owner = :owner");
        } else if (filter.withoutOwner()) {
            where.append(" AND (m.owner IS NULL");
            if (!filter.mayOwn().isEmpty()) {
                params.put("mayOwn", filter.mayOwn());
                where.append(" OR m.owner NOT IN (:mayOwn)");
            }
            where.append(")");
        }
        return where.toString();
    }
}
