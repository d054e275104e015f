package org.convenor.network.store;

import static java.sql.Types.BIGINT;
import static java.sql.Types.VARCHAR;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.convenor.network.Member;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored network as the decisions read it. The whole network is read in one query per table and kept
 * while the revision stays the same: every write raises the revision, so a copy is current exactly when its
 * revision is the stored one (one small query per read), also when another instance wrote.
 * <p>
 * A write that says what it touched ({@link #changed}) leaves a row in the change log; a copy a few revisions
 * behind catches up by re-reading only those members and their interactions (and the small tables, when the
 * write changed them), so logging one contact does not make the next page read a million interactions. A
 * revision without a row (a replacement, a large import) makes the next read take everything again. A write that
 * changed nothing (a contact logged twice, an import of rows all stored already) leaves the revision as it was, so
 * every copy, and every decision kept for it, stays current.
 */
@Component
public class NetworkStore {

    private static final int ATTEMPTS = 5;
    /** Beyond this many members touched, reading everything again is as quick and leaves no plan to chance. */
    static final int FEW_MEMBERS = 1000;
    /** The change log keeps this many revisions; a copy further behind reads everything again. */
    private static final int KEPT_CHANGES = 1000;

    private record Copy(long revision, StoredNetwork network) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final MemberTable members;
    private final InteractionTable interactions;
    private final CoalitionTable coalitions;
    private final CampaignTable campaigns;
    private final ConvenorTable convenor;
    private final LinkTable links;
    private final AtomicReference<Copy> current = new AtomicReference<>();
    /** How many times the whole network was read: what a test of a small write's cost counts. */
    private final AtomicInteger wholeReads = new AtomicInteger();

    NetworkStore(JdbcClient jdbc, JdbcTemplate batch, MemberTable members, InteractionTable interactions,
            CoalitionTable coalitions, CampaignTable campaigns, ConvenorTable convenor, LinkTable links) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.members = members;
        this.interactions = interactions;
        this.coalitions = coalitions;
        this.campaigns = campaigns;
        this.convenor = convenor;
        this.links = links;
    }

    /** The whole network as it is now. Immutable: share it, never change it. */
    public StoredNetwork read() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long revision = revision();
            Copy copy = current.get();
            if (copy != null && copy.revision() == revision) {
                return copy.network();
            }
            StoredNetwork network = copy == null ? null : caughtUp(copy, revision);
            if (network == null) {
                network = load();
            }
            // A write that committed while the tables were read has raised the revision: read again.
            if (revision() == revision) {
                current.set(new Copy(revision, network));
                return network;
            }
        }
        throw new IllegalStateException("The network kept changing while it was read; try again.");
    }

    /**
     * Starts a write: raises the revision inside the caller's transaction. Its row lock makes writers take turns
     * until the transaction ends, and a write that rolls back leaves the revision as it was.
     */
    void beginWrite() {
        jdbc.sql("UPDATE network_revision SET revision = revision + 1 WHERE id = 1").update();
    }

    /**
     * Says, inside the write's transaction, what it changed: these members (their record, or their interactions),
     * and with {@code others} the coalitions, campaigns, links or the convenor's income. A write that does not call this
     * makes every copy read everything again.
     */
    void changed(Set<String> memberIds, boolean others) {
        if (memberIds.isEmpty() && !others) {
            // Nothing changed: the revision goes back to what every copy holds. The row lock still held kept any
            // other writer from raising it meanwhile, and no reader saw the raised one, which was not committed.
            jdbc.sql("UPDATE network_revision SET revision = revision - 1 WHERE id = 1").update();
            return;
        }
        if (memberIds.size() > FEW_MEMBERS) {
            return;
        }
        long revision = revision();
        jdbc.sql("DELETE FROM network_change WHERE revision <= :old").param("old", revision - KEPT_CHANGES).update();
        jdbc.sql("INSERT INTO network_change (revision, others) VALUES (:revision, :others)")
                .param("revision", revision).param("others", others).update();
        batch.batchUpdate("INSERT INTO network_change_member (revision, member_id) VALUES (?, ?)",
                memberIds.stream().map(id -> new Object[] {revision, id}).toList(), new int[] {BIGINT, VARCHAR});
    }

    private long revision() {
        return jdbc.sql("SELECT revision FROM network_revision WHERE id = 1").query(Long.class).single();
    }

    int wholeReads() {
        return wholeReads.get();
    }

    private StoredNetwork load() {
        wholeReads.incrementAndGet();
        List<Member> all = members.all();
        Map<String, String> ids = new HashMap<>(all.size() * 2);
        all.forEach(member -> ids.put(member.id(), member.id()));
        return new StoredNetwork(convenor.get().orElse(null), List.copyOf(all), List.copyOf(interactions.all(ids)),
                List.copyOf(coalitions.all()), List.copyOf(campaigns.all()), List.copyOf(links.all(ids)));
    }

    /** The copy brought up to this revision from the change log, or null when only reading everything will do. */
    private @Nullable StoredNetwork caughtUp(Copy copy, long revision) {
        Map<String, Object> span = Map.of("from", copy.revision(), "to", revision);
        List<Boolean> others = jdbc.sql("SELECT others FROM network_change WHERE revision > :from AND revision <= :to")
                .params(span).query(Boolean.class).list();
        if (others.size() != revision - copy.revision()) {
            return null;
        }
        Set<String> touched = new HashSet<>(jdbc.sql("SELECT member_id FROM network_change_member"
                + " WHERE revision > :from AND revision <= :to").params(span).query(String.class).list());
        if (touched.size() > FEW_MEMBERS) {
            return null;
        }
        StoredNetwork old = copy.network();
        boolean small = others.contains(true);
        if (touched.isEmpty() && !small) {
            return old;
        }
        return new StoredNetwork(small ? convenor.get().orElse(null) : old.convenor(),
                merged(old.members(), touched, Member::id, members.of(touched), MemberTable.BY_ID),
                merged(old.interactions(), touched, StoredInteraction::memberId, interactions.storedOf(touched),
                        Comparator.comparingLong(StoredInteraction::id)),
                small ? List.copyOf(coalitions.all()) : old.coalitions(),
                small ? List.copyOf(campaigns.all()) : old.campaigns(),
                small ? List.copyOf(links.all(Map.of())) : old.links());
    }

    /** The kept records less the touched members', with the touched members' as stored now, in the stored order. */
    private static <T> List<T> merged(List<T> kept, Set<String> touched, Function<T, String> memberId, List<T> fresh,
            Comparator<T> order) {
        if (touched.isEmpty()) {
            return kept;
        }
        List<T> merged = new ArrayList<>(kept.size() + fresh.size());
        Iterator<T> next = fresh.iterator();
        T waiting = next.hasNext() ? next.next() : null;
        for (T record : kept) {
            if (touched.contains(memberId.apply(record))) {
                continue;
            }
            while (waiting != null && order.compare(waiting, record) < 0) {
                merged.add(waiting);
                waiting = next.hasNext() ? next.next() : null;
            }
            merged.add(record);
        }
        while (waiting != null) {
            merged.add(waiting);
            waiting = next.hasNext() ? next.next() : null;
        }
        return Collections.unmodifiableList(merged);
    }
}
