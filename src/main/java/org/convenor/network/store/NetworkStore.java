package org.convenor.network.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.convenor.network.Member;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The stored network as the decisions read it. The whole network is read in one query per table and kept
 * while the revision stays the same: every write raises the revision, so a copy is current exactly when its
 * revision is the stored one (one small query per read), also when another instance wrote.
 */
@Component
public class NetworkStore {

    private static final int ATTEMPTS = 5;

    private record Copy(long revision, StoredNetwork network) {
    }

    private final JdbcClient jdbc;
    private final MemberTable members;
    private final InteractionTable interactions;
    private final CoalitionTable coalitions;
    private final CampaignTable campaigns;
    private final ConvenorTable convenor;
    private final LinkTable links;
    private final AtomicReference<Copy> current = new AtomicReference<>();

    NetworkStore(JdbcClient jdbc, MemberTable members, InteractionTable interactions, CoalitionTable coalitions,
            CampaignTable campaigns, ConvenorTable convenor, LinkTable links) {
        this.jdbc = jdbc;
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
            StoredNetwork network = load();
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

    private long revision() {
        return jdbc.sql("SELECT revision FROM network_revision WHERE id = 1").query(Long.class).single();
    }

    private StoredNetwork load() {
        List<Member> all = members.all();
        Map<String, String> ids = new HashMap<>(all.size() * 2);
        all.forEach(member -> ids.put(member.id(), member.id()));
        return new StoredNetwork(convenor.get().orElse(null), List.copyOf(all), List.copyOf(interactions.all(ids)),
                List.copyOf(coalitions.all()), List.copyOf(campaigns.all()), List.copyOf(links.all(ids)));
    }
}
