package org.convenor.network.store;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.convenor.network.Interaction;
import org.convenor.network.Member;
import org.convenor.network.MemberKind;
import org.convenor.network.store.AuditLog.Action;
import org.convenor.network.store.AuditLog.Subject;
import org.convenor.validation.LinkChecks;
import org.convenor.validation.NetworkChecks;
import org.convenor.validation.RequestLimits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@code PUT /api/network}: the whole network replaced by another, checked whole first, in one transaction. */
@Service
public class NetworkReplacement {

    public record Replaced(int members, int interactions, int coalitions, int campaigns, int links) {
    }

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

    NetworkReplacement(NetworkStore store, MemberTable members, InteractionTable interactions,
            CoalitionTable coalitions, CampaignTable campaigns, ConvenorTable convenor, LinkTable links, AuditLog audit,
            RequestLimits limits, Owners owners, Clock clock) {
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
    }

    /**
     * Interaction ids and authors in the body are ignored: every interaction is recorded by this user now.
     * Identical interactions are stored once. An owner is checked as on every write: one stored for that
     * member already may stay, so a network as read can be written back.
     */
    @Transactional
    public Replaced replace(StoredNetwork network, String user) {
        limits.members(network.members());
        limits.interactions(network.interactions());
        List<Interaction> sent = network.interactionFacts();
        store.beginWrite();
        Map<String, String> storedOwners = members.owners();
        Received.whole(network).check(problems -> {
            // Members first: their checks across records (unique ids, countries) run only while nothing is wrong.
            NetworkChecks.members(problems, network.members());
            StoreChecks.members(problems, network.members());
            StoreChecks.owners(problems, network.members(), owners, storedOwners);
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
        links.deleteAll();
        coalitions.deleteAll();
        interactions.deleteAll();
        members.deleteAll();
        campaigns.deleteAll();
        convenor.delete();
        members.insert(network.members());
        List<Interaction> fresh = NetworkWrites.fresh(sent, new HashSet<>());
        interactions.insert(fresh, user, Sql.now(clock));
        coalitions.insert(network.coalitions());
        campaigns.insert(network.campaigns());
        links.insert(network.links());
        if (network.convenor() != null) {
            convenor.put(network.convenor());
        }
        audit.record(user, Action.REPLACE, Subject.NETWORK, network.members().size() + fresh.size()
                + network.coalitions().size() + network.campaigns().size() + network.links().size()
                + (network.convenor() == null ? 0 : 1));
        return new Replaced(network.members().size(), fresh.size(), network.coalitions().size(),
                network.campaigns().size(), network.links().size());
    }

    private static Map<String, MemberKind> kinds(List<Member> members) {
        Map<String, MemberKind> kinds = new HashMap<>();
        members.forEach(member -> kinds.put(member.id(), member.kind()));
        return kinds;
    }
}
