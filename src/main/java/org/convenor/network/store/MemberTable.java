package org.convenor.network.store;

import static java.sql.Types.BOOLEAN;
import static java.sql.Types.DATE;
import static java.sql.Types.INTEGER;
import static java.sql.Types.NUMERIC;
import static java.sql.Types.VARCHAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.convenor.network.Member;
import org.convenor.network.MemberKind;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Tier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Members and their lists (roles, sectors, reaches, sharedWith). A member is written whole: its lists are replaced with it. */
@Repository
class MemberTable {

    // Insert and update take their arguments in the same order, so one row serves both.
    private static final String INSERT = "INSERT INTO member (name, kind, tier, country, global_south, annual_income,"
            + " fee_waiver, owner, joined_on, income_currency, restricted, serving, publicly_nameable, sort_name, id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE member SET name = ?, kind = ?, tier = ?, country = ?,"
            + " global_south = ?, annual_income = ?, fee_waiver = ?, owner = ?, joined_on = ?,"
            + " income_currency = ?, restricted = ?, serving = ?, publicly_nameable = ?, sort_name = ? WHERE id = ?";
    private static final int[] TYPES = {VARCHAR, VARCHAR, VARCHAR, VARCHAR, BOOLEAN, NUMERIC, BOOLEAN, VARCHAR,
        DATE, VARCHAR, BOOLEAN, BOOLEAN, BOOLEAN, VARCHAR, VARCHAR};
    private static final int SORT_NAME = 100;
    /** Up to this many members are read by id; more, in one pass over every member. */
    private static final int FEW = 1000;
    private static final int[] CHILD = {VARCHAR, INTEGER, VARCHAR};

    /** The order members are read in, and kept in the network's copy. */
    static final Comparator<Member> BY_ID = Comparator.comparing(Member::id);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    MemberTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Each stored member's kind, by id: what a link's ends are checked against. */
    Map<String, MemberKind> kinds() {
        Map<String, MemberKind> kinds = new HashMap<>();
        jdbc.sql("SELECT id, kind FROM member")
                .query((RowCallbackHandler) rs -> kinds.put(rs.getString(1), MemberKind.valueOf(rs.getString(2))));
        return kinds;
    }

    /** The stored owner of each member that has one. */
    Map<String, String> owners() {
        Map<String, String> owners = new HashMap<>();
        jdbc.sql("SELECT id, owner FROM member WHERE owner IS NOT NULL")
                .query((RowCallbackHandler) rs -> owners.put(rs.getString(1), rs.getString(2)));
        return owners;
    }

    /** The users each member that is shared is shared with. */
    Map<String, List<String>> sharedWith() {
        return Sql.grouped(jdbc, "SELECT member_id, username FROM member_shared_with ORDER BY member_id, seq",
                name -> name);
    }

    /**
     * Each stored member with only what decides who sees it (owner, restricted, sharedWith), for the writes to ask
     * {@link org.convenor.network.Reader} without reading the whole network.
     */
    Map<String, Member> access() {
        return access("", Map.of());
    }

    /**
     * The same for these members, an id not stored left out: a write that names a few members reads their rows, not
     * every member's. Many ids are read as {@link #access()} reads them, in one pass over every member.
     */
    Map<String, Member> access(Collection<String> ids) {
        if (ids.size() > FEW) {
            return access();
        }
        return ids.isEmpty() ? Map.of() : access(" WHERE %s IN (:ids)", Map.of("ids", ids));
    }

    private Map<String, Member> access(String where, Map<String, ?> params) {
        Map<String, List<String>> shared = Sql.grouped(jdbc, "SELECT member_id, username FROM member_shared_with"
                + where.formatted("member_id") + " ORDER BY member_id, seq", params, name -> name);
        Map<String, Member> access = new HashMap<>();
        jdbc.sql("SELECT id, owner, restricted FROM member" + where.formatted("id")).params(params)
                .query((RowCallbackHandler) rs -> {
                    String id = rs.getString(1);
                    access.put(id, new Member(id, null, null, null, null, null, null, null, null, null, null,
                            rs.getString(2), null, null, rs.getBoolean(3), shared.get(id), null, null));
                });
        return access;
    }

    /** @param owner {@code null}: owned by no one */
    void setOwner(List<String> ids, @Nullable String owner) {
        batch.batchUpdate("UPDATE member SET owner = ? WHERE id = ?",
                ids.stream().map(id -> new Object[] {owner, id}).toList(), new int[] {VARCHAR, VARCHAR});
    }

    void insert(List<Member> members) {
        insert(members, written -> { });
    }

    /** In batches, telling {@code stored} how many members are written so far (their lists follow). */
    void insert(List<Member> members, IntConsumer stored) {
        Sql.inBatches(batch, INSERT, members, MemberTable::row, TYPES, stored);
        insertLists(members);
    }

    void replace(List<Member> members) {
        List<Object[]> ids = members.stream().map(member -> new Object[] {member.id()}).toList();
        int[] idType = {VARCHAR};
        batch.batchUpdate("DELETE FROM member_role WHERE member_id = ?", ids, idType);
        batch.batchUpdate("DELETE FROM member_sector WHERE member_id = ?", ids, idType);
        batch.batchUpdate("DELETE FROM member_reach WHERE member_id = ?", ids, idType);
        batch.batchUpdate("DELETE FROM member_shared_with WHERE member_id = ?", ids, idType);
        batch.batchUpdate(UPDATE, rows(members), TYPES);
        insertLists(members);
    }

    /** Its lists go with it; its interactions and invitations must be gone first. */
    boolean delete(String id) {
        return jdbc.sql("DELETE FROM member WHERE id = :id").param("id", id).update() > 0;
    }

    /**
     * Every member and its lists. The lists go first, each in one statement, so deleting the members cascades to
     * nothing: a cascade is row by row.
     */
    void deleteAll() {
        jdbc.sql("DELETE FROM member_role").update();
        jdbc.sql("DELETE FROM member_sector").update();
        jdbc.sql("DELETE FROM member_reach").update();
        jdbc.sql("DELETE FROM member_shared_with").update();
        jdbc.sql("DELETE FROM member").update();
    }

    /** Every member, by id. */
    List<Member> all() {
        return read("", Map.of());
    }

    /** These members as stored, by id; an id not stored is left out. */
    List<Member> of(Set<String> ids) {
        return ids.isEmpty() ? List.of() : read(" WHERE %s IN (:ids)", Map.of("ids", ids));
    }

    private List<Member> read(String where, Map<String, ?> params) {
        Map<String, List<Role>> roles = Sql.grouped(jdbc, "SELECT member_id, role FROM member_role"
                + where.formatted("member_id") + " ORDER BY member_id, seq", params, Role::valueOf);
        Map<String, List<Sector>> sectors = Sql.grouped(jdbc, "SELECT member_id, sector FROM member_sector"
                + where.formatted("member_id") + " ORDER BY member_id, seq", params, Sector::valueOf);
        Map<String, List<String>> reaches = Sql.grouped(jdbc, "SELECT member_id, target_id FROM member_reach"
                + where.formatted("member_id") + " ORDER BY member_id, seq", params, id -> id);
        Map<String, List<String>> sharedWith = Sql.grouped(jdbc, "SELECT member_id, username FROM member_shared_with"
                + where.formatted("member_id") + " ORDER BY member_id, seq", params, name -> name);
        // Owners are few: one string each, shared by their members.
        Map<String, String> owners = new HashMap<>();
        List<Member> members = new ArrayList<>(jdbc.sql("SELECT id, name, kind, tier, country, global_south,"
                + " annual_income, fee_waiver, owner, joined_on, income_currency, restricted, serving,"
                + " publicly_nameable FROM member" + where.formatted("id")).params(params).query((rs, n) -> {
                    String id = rs.getString("id");
                    String owner = rs.getString("owner");
                    return new Member(id, rs.getString("name"), Sql.word(rs, "kind", MemberKind.class),
                            roles.get(id), Sql.word(rs, "tier", Tier.class), sectors.get(id), rs.getString("country"),
                            rs.getObject("global_south", Boolean.class), Sql.amount(rs, "annual_income"),
                            rs.getObject("fee_waiver", Boolean.class), reaches.get(id),
                            owner == null ? null : owners.computeIfAbsent(owner, o -> o),
                            rs.getObject("joined_on", LocalDate.class), rs.getString("income_currency"),
                            rs.getBoolean("restricted"), sharedWith.get(id), rs.getObject("serving", Boolean.class),
                            rs.getObject("publicly_nameable", Boolean.class));
                }).list());
        members.sort(BY_ID);
        return members;
    }

    private static List<Object[]> rows(List<Member> members) {
        List<Object[]> rows = new ArrayList<>(members.size());
        members.forEach(member -> rows.add(row(member)));
        return rows;
    }

    private static Object[] row(Member m) {
        return new Object[] {m.name(), m.kind().name(), m.tier().name(), m.country(), m.globalSouth(),
            m.annualIncome(), m.feeWaiver(), m.owner(), m.joinedOn(), m.incomeCurrency(), m.restricted(),
            m.serving(), m.publiclyNameable(), sortName(m), m.id()};
    }

    /**
     * Where a member stands in a list ordered by name (by id when it has none) whatever the case; ties, and names
     * alike in their first hundred characters, are ordered by id. V14 gives the rows stored before it the same.
     */
    static String sortName(Member m) {
        String name = m.name() == null || m.name().isBlank() ? m.id() : m.name().strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.length() <= SORT_NAME) {
            return lower;
        }
        return lower.substring(0, Character.isHighSurrogate(lower.charAt(SORT_NAME - 1)) ? SORT_NAME - 1 : SORT_NAME);
    }

    private void insertLists(List<Member> members) {
        insertChildren("INSERT INTO member_role (member_id, seq, role) VALUES (?, ?, ?)",
                Sql.childRows(members, Member::id, Member::roles));
        insertChildren("INSERT INTO member_sector (member_id, seq, sector) VALUES (?, ?, ?)",
                Sql.childRows(members, Member::id, Member::sectors));
        insertChildren("INSERT INTO member_reach (member_id, seq, target_id) VALUES (?, ?, ?)",
                Sql.childRows(members, Member::id, Member::reaches));
        insertChildren("INSERT INTO member_shared_with (member_id, seq, username) VALUES (?, ?, ?)",
                Sql.childRows(members, Member::id, Member::sharedWith));
    }

    private void insertChildren(String sql, List<Object[]> rows) {
        Sql.inBatches(batch, sql, rows, row -> row, CHILD, written -> { });
    }
}
