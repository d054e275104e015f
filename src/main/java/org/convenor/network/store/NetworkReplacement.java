package org.convenor.network.store;

import io.swagger.v3.oas.annotations.media.Schema;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.convenor.network.Coalition;
import org.convenor.network.Interaction;
import org.convenor.network.Link;
import org.convenor.network.Member;
import org.convenor.network.MemberKind;
import org.convenor.network.Reader;
import org.convenor.network.store.AuditLog.Action;
import org.convenor.network.store.AuditLog.Subject;
import org.convenor.validation.LinkChecks;
import org.convenor.validation.NetworkChecks;
import org.convenor.validation.NotFoundException;
import org.convenor.validation.RequestLimits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@code PUT /api/network}: the whole network replaced by another, checked whole first, in one transaction. */
@Service
public class NetworkReplacement {

    public record Replaced(int members, int interactions, int coalitions, int campaigns, int links,
            @Schema(description = "Records kept as stored because the caller may not see them: restricted members "
                    + "hidden from them, with their interactions and links, and confidential interactions whose "
                    + "notes they may not read") int kept) {
    }

    /**
     * Every table the network is stored in, as one PostgreSQL {@code TRUNCATE} names them: a table referring to one
     * of these and left out of the list makes it fail, rather than be emptied unseen.
     */
    private static final String TABLES = "member_link, coalition_response, invitation, coalition_sector, coalition,"
            + " interaction, member_role, member_sector, member_reach, member_shared_with, member, target_listens_to,"
            + " target, campaign_theme, campaign_moment, campaign, convenor";

    private final NetworkStore store;
    private final MemberTable members;
    private final InteractionTable interactions;
    private final CoalitionTable coalitions;
    private final CampaignTable campaigns;
    private final ConvenorTable convenor;
    private final LinkTable links;
    private final AuditLog audit;
    private final RequestLimits limits;
    private final Owners owners;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final boolean truncates;

    NetworkReplacement(NetworkStore store, MemberTable members, InteractionTable interactions,
            CoalitionTable coalitions, CampaignTable campaigns, ConvenorTable convenor, LinkTable links, AuditLog audit,
            RequestLimits limits, Owners owners, Clock clock, JdbcClient jdbc, DataSource dataSource)
            throws MetaDataAccessException {
        this.store = store;
        this.members = members;
        this.interactions = interactions;
        this.coalitions = coalitions;
        this.campaigns = campaigns;
        this.convenor = convenor;
        this.links = links;
        this.audit = audit;
        this.limits = limits;
        this.owners = owners;
        this.clock = clock;
        this.jdbc = jdbc;
        // PostgreSQL empties a table at once and within the transaction; H2's TRUNCATE would commit it half-done.
        this.truncates = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                DatabaseMetaData::getDatabaseProductName));
    }

    /**
     * Interaction ids and authors in the body are ignored: every interaction is recorded by this user now.
     * Identical interactions are stored once. An owner is checked as on every write: one stored for that
     * member already may stay, so a network as read can be written back. What the caller may not see is
     * kept as stored ({@link Hidden}); a member sent with the id of one hidden from them is a 404, and a confidential
     * interaction sent without a note for a member whose notes they may not read is the one they read, kept as stored.
     */
    @Transactional
    public Replaced replace(StoredNetwork network, Reader reader) {
        String user = reader.username();
        limits.members(network.members());
        limits.interactions(network.interactions());
        store.beginWrite();
        Hidden hidden = Hidden.from(members.access(), members, interactions, reader);
        Set<String> hiddenIds = hidden.memberIds();
        if (network.members() != null) {
            network.members().stream().filter(m -> m != null && hiddenIds.contains(m.id())).findFirst()
                    .ifPresent(m -> {
                        throw new NotFoundException("member", m.id());
                    });
        }
        List<Interaction> sent = network.interactionFacts().stream().filter(i -> i == null || !(i.confidential()
                && i.note() == null && hidden.unreadable().contains(i.memberId()))).toList();
        Map<String, String> storedOwners = members.owners();
        Map<String, List<String>> storedSharing = members.sharedWith();
        Received.whole(network).check(problems -> {
            // Members first: their checks across records (unique ids, countries) run only while nothing is wrong.
            NetworkChecks.members(problems, network.members());
            StoreChecks.members(problems, network.members());
            StoreChecks.owners(problems, network.members(), owners, storedOwners);
            StoreChecks.sharing(problems, network.members(), owners, storedSharing);
            if (network.convenor() != null) {
                StoreChecks.convenor(problems, "convenor.", network.convenor());
            }
            NetworkChecks.references(problems, network.members(), sent, network.coalitions());
            StoreChecks.interactions(problems, sent);
            StoreChecks.campaigns(problems, network.campaigns(), Map.of());
            if (problems.isEmpty()) {
                LinkChecks.links(problems, kinds(network.members()), network.links(), List.of());
            }
        });
        List<Coalition> coalitionsKept = Hidden.keptIn(network.coalitions(),
                hiddenIds.isEmpty() ? List.of() : coalitions.all(), hiddenIds);
        List<Link> linksKept = hiddenIds.isEmpty() ? List.of() : links.all(Map.of()).stream()
                .filter(link -> hiddenIds.contains(link.from()) || hiddenIds.contains(link.to())).toList();
        emptyAll();
        members.insert(network.members());
        members.insert(hidden.members());
        interactions.insertStored(hidden.interactions());
        Set<Interaction> seen = new HashSet<>();
        hidden.interactions().forEach(interaction -> seen.add(interaction.fact()));
        List<Interaction> fresh = NetworkWrites.fresh(sent, seen);
        interactions.insert(fresh, user, Sql.now(clock));
        coalitions.insert(coalitionsKept);
        campaigns.insert(network.campaigns());
        links.insert(network.links());
        links.insert(linksKept);
        if (network.convenor() != null) {
            convenor.put(network.convenor());
        }
        audit.record(user, Action.REPLACE, Subject.NETWORK, network.members().size() + fresh.size()
                + network.coalitions().size() + network.campaigns().size() + network.links().size()
                + (network.convenor() == null ? 0 : 1));
        return new Replaced(network.members().size(), fresh.size(), network.coalitions().size(),
                network.campaigns().size(), network.links().size(), hidden.count() + linksKept.size());
    }

    private void emptyAll() {
        if (truncates) {
            jdbc.sql("TRUNCATE " + TABLES).update();
            return;
        }
        links.deleteAll();
        coalitions.deleteAll();
        interactions.deleteAll();
        members.deleteAll();
        campaigns.deleteAll();
        convenor.delete();
    }

    private static Map<String, MemberKind> kinds(List<Member> members) {
        Map<String, MemberKind> kinds = new HashMap<>();
        members.forEach(member -> kinds.put(member.id(), member.kind()));
        return kinds;
    }
}
