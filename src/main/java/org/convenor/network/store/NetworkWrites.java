package org.convenor.network.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.convenor.network.Campaign;
import org.convenor.network.Coalition;
import org.convenor.network.Interaction;
import org.convenor.network.InteractionKind;
import org.convenor.network.Link;
import org.convenor.network.LinkKind;
import org.convenor.network.Member;
import org.convenor.network.store.AuditLog.Action;
import org.convenor.network.store.AuditLog.Subject;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.convenor.validation.LinkChecks;
import org.convenor.validation.NetworkChecks;
import org.convenor.validation.NotFoundException;
import org.convenor.validation.Problems;
import org.convenor.validation.RequestLimits;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to the stored network's records (the whole of it: {@link NetworkReplacement}), each one
 * transaction: checked whole first, every problem named as it was sent, then written whole and recorded in the
 * audit log; on any failure nothing changes. The console's pages in other packages write one record at a time
 * through the public methods that take a record rather than a request body; a problem names its field as a
 * single JSON object's would ({@code kind}, {@code targets[1].id}), so a page can show it beside that field.
 */
@Service
@Transactional
public class NetworkWrites {

    public record Upserted(int created, int updated) {
    }

    /**
     * Members upserted.
     *
     * @param withoutName the ids of the members stored without a name: the pages show their id instead
     */
    public record MembersUpserted(int created, int updated, List<String> withoutName) {
    }

    public record Appended(int created, int skipped) {
    }

    public record Erased(String member, int interactions, int invitations, int responses, int links) {
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

    NetworkWrites(NetworkStore store, MemberTable members, InteractionTable interactions, CoalitionTable coalitions,
            CampaignTable campaigns, ConvenorTable convenor, LinkTable links, AuditLog audit, RequestLimits limits,
            Owners owners, Clock clock) {
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

    /** One contact, logged from a page: skipped if the very same one is stored already. */
    public Appended logContact(Interaction interaction, String user) {
        return interactions(Received.json(List.of(interaction), true), user);
    }

    /** One member, added or replaced whole from a page. */
    public MembersUpserted saveMember(Member member, String user) {
        return members(Received.json(List.of(member), true), user);
    }

    /** One campaign, added or replaced whole from a page. */
    public Upserted saveCampaign(Campaign campaign, String user) {
        return campaigns(Received.json(List.of(campaign), true), user);
    }

    /** What saving this member would refuse, each problem named as a single object's field; nothing is written. */
    @Transactional(readOnly = true)
    public List<FieldProblem> problemsOf(Member member) {
        Map<String, String> stored = members.owners();
        return problems(Received.json(List.of(member), true), problems -> {
            NetworkChecks.members(problems, List.of(member));
            StoreChecks.members(problems, List.of(member));
            StoreChecks.owners(problems, List.of(member), owners, stored);
        });
    }

    /** What saving this campaign would refuse, each problem named as a single object's field; nothing is written. */
    @Transactional(readOnly = true)
    public List<FieldProblem> problemsOf(Campaign campaign) {
        Map<String, String> owners = campaigns.targetOwners();
        return problems(Received.json(List.of(campaign), true),
                problems -> StoreChecks.campaigns(problems, List.of(campaign), owners));
    }

    private static <T> List<FieldProblem> problems(Received<T> received, Consumer<Problems> checks) {
        try {
            received.check(checks);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }

    /** Upsert by id: a member sent replaces the stored one whole. */
    public MembersUpserted members(Received<Member> received, String user) {
        List<Member> sent = received.records();
        limits.members(sent);
        store.beginWrite();
        Map<String, String> storedOwners = members.owners();
        received.check(problems -> {
            NetworkChecks.members(problems, sent);
            StoreChecks.members(problems, sent);
            StoreChecks.owners(problems, sent, owners, storedOwners);
        });
        Set<String> stored = members.ids();
        List<Member> created = sent.stream().filter(member -> !stored.contains(member.id())).toList();
        List<Member> updated = sent.stream().filter(member -> stored.contains(member.id())).toList();
        members.insert(created);
        members.replace(updated);
        audit.record(user, Action.IMPORT, Subject.MEMBERS, sent.size());
        return new MembersUpserted(created.size(), updated.size(), sent.stream()
                .filter(member -> member.name() == null || member.name().isBlank()).map(Member::id).toList());
    }

    /** Appended, except one identical to a stored one or to an earlier one in the same request. */
    public Appended interactions(Received<Interaction> received, String user) {
        List<Interaction> sent = received.records();
        limits.interactions(sent);
        store.beginWrite();
        Set<String> memberIds = members.ids();
        received.check(problems -> {
            NetworkChecks.references(problems, memberIds, sent, List.of());
            StoreChecks.interactions(problems, sent);
        });
        Set<String> named = new HashSet<>();
        sent.forEach(interaction -> named.add(interaction.memberId()));
        List<Interaction> fresh = fresh(sent, interactions.of(named));
        interactions.insert(fresh, user, Sql.now(clock));
        audit.record(user, Action.IMPORT, Subject.INTERACTIONS, fresh.size());
        return new Appended(fresh.size(), sent.size() - fresh.size());
    }

    /**
     * The stored interaction now says this, recorded by this user now: its author is whoever last vouched for
     * what it says, and the audit log keeps who corrected which interaction. A correction that would make it
     * identical to another stored interaction is refused: each is stored once. Problems are named as a single
     * JSON object's fields ({@code date}).
     */
    public StoredInteraction correctInteraction(long id, Interaction corrected, String user) {
        store.beginWrite();
        StoredInteraction before = interactions.find(id).orElseThrow(() -> new NotFoundException("interaction", id));
        Set<String> memberIds = members.ids();
        Interaction normal = fresh(List.of(corrected), new HashSet<>()).get(0);
        Received.json(List.of(corrected), true).check(problems -> {
            NetworkChecks.references(problems, memberIds, List.of(corrected), List.of());
            StoreChecks.interactions(problems, List.of(corrected));
            if (problems.isEmpty() && !normal.equals(before.fact())
                    && interactions.of(Set.of(normal.memberId())).contains(normal)) {
                problems.add("", "another interaction stored already says the same (member, date, kind and note):"
                        + " delete this one instead");
            }
        });
        OffsetDateTime at = Sql.now(clock);
        interactions.correct(id, normal, user, at);
        audit.record(user, Action.EDIT, id);
        return new StoredInteraction(id, normal.memberId(), normal.date(), normal.kind(), normal.note(), user, at);
    }

    public void deleteInteraction(long id, String user) {
        store.beginWrite();
        if (!interactions.delete(id)) {
            throw new NotFoundException("interaction", id);
        }
        audit.record(user, Action.DELETE, id);
    }

    /**
     * These members given to this owner, or to no one: a user who may own members, checked as on every write.
     * Every id must be stored; nothing changes otherwise.
     */
    public int giveOwner(List<String> memberIds, @Nullable String owner, String user) {
        store.beginWrite();
        Set<String> stored = members.ids();
        Received.whole(memberIds).check(problems -> {
            if (owner != null) {
                StoreChecks.owner(problems, "owner", owner, owners);
            }
            memberIds.stream().filter(id -> !stored.contains(id)).findFirst().ifPresent(id -> problems.add("memberIds",
                    "unknown member id '" + id + "': it may have been erased"));
        });
        members.setOwner(memberIds, owner);
        audit.record(user, Action.EDIT, Subject.MEMBERS, memberIds.size());
        return memberIds.size();
    }

    /** One link; its problems named as a single JSON object's fields ({@code to}). Answers its id. */
    public long link(Link link, String user) {
        store.beginWrite();
        Received.json(List.of(link), true).check(problems ->
                LinkChecks.links(problems, members.kinds(), List.of(link), links.all(Map.of())));
        long id = links.insert(link);
        audit.record(user, Action.EDIT, Subject.LINKS, 1);
        return id;
    }

    /** Links from a file or an array, all or nothing: each new, every end a stored member. */
    public int links(Received<Link> received, String user) {
        List<Link> sent = received.records();
        store.beginWrite();
        received.check(problems -> LinkChecks.links(problems, members.kinds(), sent, links.all(Map.of())));
        links.insert(sent);
        audit.record(user, Action.IMPORT, Subject.LINKS, sent.size());
        return sent.size();
    }

    public void deleteLink(long id, String user) {
        store.beginWrite();
        if (!links.delete(id)) {
            throw new NotFoundException("link", id);
        }
        audit.record(user, Action.DELETE, Subject.LINKS, 1);
    }

    /**
     * An introduction made: the two now know each other (a KNOWS link) and each has an INTRODUCTION interaction
     * on this day, recorded by this user; one transaction. Answers the link's id.
     */
    public long introduce(String one, String other, LocalDate on, String user) {
        long id = link(new Link(null, one, other, LinkKind.KNOWS, null), user);
        interactions(Received.json(List.of(new Interaction(one, on, InteractionKind.INTRODUCTION, "Introduced to " + other),
                new Interaction(other, on, InteractionKind.INTRODUCTION, "Introduced to " + one)), false), user);
        return id;
    }

    public Upserted coalitions(Received<Coalition> received, String user) {
        List<Coalition> sent = received.records();
        store.beginWrite();
        Set<String> memberIds = members.ids();
        received.check(problems -> NetworkChecks.references(problems, memberIds, List.of(), sent));
        Set<String> stored = coalitions.ids();
        List<String> updated = sent.stream().map(Coalition::id).filter(stored::contains).toList();
        coalitions.delete(updated);
        coalitions.insert(sent);
        audit.record(user, Action.EDIT, Subject.COALITIONS, sent.size());
        return new Upserted(sent.size() - updated.size(), updated.size());
    }

    public void deleteCoalition(String id, String user) {
        store.beginWrite();
        if (!coalitions.delete(id)) {
            throw new NotFoundException("coalition", id);
        }
        audit.record(user, Action.DELETE, Subject.COALITIONS, 1);
    }

    /** Upsert by id; a target id may belong to one campaign only. */
    public Upserted campaigns(Received<Campaign> received, String user) {
        List<Campaign> sent = received.records();
        store.beginWrite();
        Map<String, String> owners = campaigns.targetOwners();
        received.check(problems -> StoreChecks.campaigns(problems, sent, owners));
        Set<String> stored = campaigns.ids();
        List<String> updated = sent.stream().map(Campaign::id).filter(stored::contains).toList();
        campaigns.delete(updated);
        campaigns.insert(sent);
        audit.record(user, Action.EDIT, Subject.CAMPAIGNS, sent.size());
        return new Upserted(sent.size() - updated.size(), updated.size());
    }

    public void deleteCampaign(String id, String user) {
        store.beginWrite();
        if (!campaigns.delete(id)) {
            throw new NotFoundException("campaign", id);
        }
        audit.record(user, Action.DELETE, Subject.CAMPAIGNS, 1);
    }

    public ConvenorIncome convenor(ConvenorIncome income, String user) {
        Received.whole(income).check(problems -> StoreChecks.convenor(problems, "", income));
        store.beginWrite();
        convenor.put(income);
        audit.record(user, Action.EDIT, Subject.CONVENOR, 1);
        return income;
    }

    /** The member and its personal data: interactions, invitations, responses and links. The log keeps only counts. */
    public Erased erase(String memberId, String user) {
        store.beginWrite();
        Erased erased = new Erased(memberId, interactions.deleteOf(memberId), coalitions.deleteInvitationsOf(memberId),
                coalitions.deleteResponsesOf(memberId), links.deleteOf(memberId));
        if (!members.delete(memberId)) {
            throw new NotFoundException("member", memberId);
        }
        audit.record(user, Action.ERASURE, Subject.MEMBERS,
                1 + erased.interactions() + erased.invitations() + erased.responses() + erased.links());
        return erased;
    }

    /** The interactions not in {@code seen}, each once; an empty note is no note. */
    static List<Interaction> fresh(List<Interaction> sent, Set<Interaction> seen) {
        List<Interaction> fresh = new ArrayList<>();
        for (Interaction interaction : sent) {
            Interaction normal = interaction.note() == null || !interaction.note().isBlank() ? interaction
                    : new Interaction(interaction.memberId(), interaction.date(), interaction.kind(), null);
            if (seen.add(normal)) {
                fresh.add(normal);
            }
        }
        return fresh;
    }
}
