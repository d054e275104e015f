package org.convenor.network.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.convenor.network.Campaign;
import org.convenor.network.Coalition;
import org.convenor.network.Interaction;
import org.convenor.network.InteractionKind;
import org.convenor.network.Link;
import org.convenor.network.LinkKind;
import org.convenor.network.Member;
import org.convenor.network.Reader;
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
 * single JSON object's would ({@code kind}, {@code targets[1].id}), so a page can show it beside that field. A
 * write that names a member its reader may not see, or an interaction whose note they may not read, answers 404 as
 * if there were none.
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

    /**
     * How a long import is getting on, for its page: called from the thread that writes, inside its transaction.
     */
    public interface Progress {

        Progress NONE = new Progress() {
        };

        /** Checked: this many records will be written. */
        default void storing(int records) {
        }

        /** This many of them are written so far. */
        default void stored(int records) {
        }
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
    public Appended logContact(Interaction interaction, Reader reader) {
        return interactions(Received.json(List.of(interaction), true), reader);
    }

    /** One member, added or replaced whole from a page. */
    public MembersUpserted saveMember(Member member, Reader reader) {
        return members(Received.json(List.of(member), true), reader);
    }

    /** One campaign, added or replaced whole from a page. */
    public Upserted saveCampaign(Campaign campaign, String user) {
        return campaigns(Received.json(List.of(campaign), true), user);
    }

    /** One coalition, added or replaced whole from a page (its invitations and answers with it). */
    public Upserted saveCoalition(Coalition coalition, Reader reader) {
        return coalitions(Received.json(List.of(coalition), true), reader);
    }

    /** What saving this member would refuse, each problem named as a single object's field; nothing is written. */
    @Transactional(readOnly = true)
    public List<FieldProblem> problemsOf(Member member) {
        Map<String, Member> access = members.access(member.id() == null ? Set.of() : Set.of(member.id()));
        return problems(Received.json(List.of(member), true), problems -> {
            NetworkChecks.members(problems, List.of(member));
            StoreChecks.members(problems, List.of(member));
            StoreChecks.owners(problems, List.of(member), owners, ownersIn(access));
            StoreChecks.sharing(problems, List.of(member), owners, sharingIn(access));
        });
    }

    /** The owner of each member {@link MemberTable#access} read that has one. */
    private static Map<String, String> ownersIn(Map<String, Member> access) {
        Map<String, String> owners = new HashMap<>();
        access.values().stream().filter(member -> member.owner() != null)
                .forEach(member -> owners.put(member.id(), member.owner()));
        return owners;
    }

    /** Whom each member {@link MemberTable#access} read is shared with. */
    private static Map<String, List<String>> sharingIn(Map<String, Member> access) {
        Map<String, List<String>> sharing = new HashMap<>();
        access.values().forEach(member -> sharing.put(member.id(), member.sharedWith()));
        return sharing;
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
    public MembersUpserted members(Received<Member> received, Reader reader) {
        return members(received, reader, Progress.NONE);
    }

    public MembersUpserted members(Received<Member> received, Reader reader, Progress progress) {
        String user = reader.username();
        List<Member> sent = received.records();
        limits.members(sent);
        store.beginWrite();
        List<String> ids = sent.stream().filter(member -> member != null && member.id() != null).map(Member::id)
                .toList();
        Map<String, Member> access = members.access(new HashSet<>(ids));
        ids.forEach(id -> visible(access, id, reader));
        received.check(problems -> {
            NetworkChecks.members(problems, sent);
            StoreChecks.members(problems, sent);
            StoreChecks.owners(problems, sent, owners, ownersIn(access));
            StoreChecks.sharing(problems, sent, owners, sharingIn(access));
        });
        Set<String> stored = access.keySet();
        List<Member> created = sent.stream().filter(member -> !stored.contains(member.id())).toList();
        List<Member> updated = sent.stream().filter(member -> stored.contains(member.id())).toList();
        progress.storing(sent.size());
        members.insert(created, progress::stored);
        members.replace(updated);
        progress.stored(sent.size());
        store.changed(sent.stream().map(Member::id).collect(Collectors.toSet()), false);
        audit.record(user, Action.IMPORT, Subject.MEMBERS, sent.size());
        return new MembersUpserted(created.size(), updated.size(), sent.stream()
                .filter(member -> member.name() == null || member.name().isBlank()).map(Member::id).toList());
    }

    /** Appended, except one identical to a stored one or to an earlier one in the same request. */
    public Appended interactions(Received<Interaction> received, Reader reader) {
        return interactions(received, reader, Progress.NONE);
    }

    public Appended interactions(Received<Interaction> received, Reader reader, Progress progress) {
        String user = reader.username();
        List<Interaction> sent = received.records();
        limits.interactions(sent);
        store.beginWrite();
        List<String> ids = sent.stream().filter(i -> i != null && i.memberId() != null).map(Interaction::memberId)
                .toList();
        Set<String> named = new HashSet<>(ids);
        Map<String, Member> access = members.access(named);
        ids.forEach(id -> visible(access, id, reader));
        received.check(problems -> {
            NetworkChecks.references(problems, access.keySet(), sent, List.of());
            StoreChecks.interactions(problems, sent);
        });
        List<Interaction> fresh = fresh(sent, interactions.of(named));
        progress.storing(fresh.size());
        interactions.insert(fresh, user, Sql.now(clock), progress::stored);
        store.changed(fresh.stream().map(Interaction::memberId).collect(Collectors.toSet()), false);
        audit.record(user, Action.IMPORT, Subject.INTERACTIONS, fresh.size());
        return new Appended(fresh.size(), sent.size() - fresh.size());
    }

    /**
     * The stored interaction now says this, recorded by this user now: its author is whoever last vouched for
     * what it says, and the audit log keeps who corrected which interaction. A correction that would make it
     * identical to another stored interaction is refused: each is stored once. Problems are named as a single
     * JSON object's fields ({@code date}).
     */
    public StoredInteraction correctInteraction(long id, Interaction corrected, Reader reader) {
        String user = reader.username();
        store.beginWrite();
        StoredInteraction before = reachable(id, reader);
        Map<String, Member> access = members.access(corrected.memberId() == null ? Set.of()
                : Set.of(corrected.memberId()));
        if (corrected.memberId() != null) {
            visible(access, corrected.memberId(), reader);
        }
        Set<String> memberIds = access.keySet();
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
        store.changed(new HashSet<>(List.of(before.memberId(), normal.memberId())), false);
        audit.record(user, Action.EDIT, id);
        return new StoredInteraction(id, normal.memberId(), normal.date(), normal.kind(), normal.note(),
                normal.confidential(), user, at);
    }

    public void deleteInteraction(long id, Reader reader) {
        store.beginWrite();
        StoredInteraction gone = reachable(id, reader);
        interactions.delete(id);
        store.changed(Set.of(gone.memberId()), false);
        audit.record(reader.username(), Action.DELETE, id);
    }

    /** The stored interaction, if its reader sees its member and may read its note. */
    private StoredInteraction reachable(long id, Reader reader) {
        return interactions.find(id).filter(interaction -> {
            Member member = members.access(Set.of(interaction.memberId())).get(interaction.memberId());
            return reader.sees(member) && (!interaction.confidential() || reader.mayRead(member));
        }).orElseThrow(() -> new NotFoundException("interaction", id));
    }

    /** A stored member the reader may not see is none; an id not stored is the checks' to name. */
    private static void visible(Map<String, Member> access, String id, Reader reader) {
        Member member = access.get(id);
        if (member != null && !reader.sees(member)) {
            throw new NotFoundException("member", id);
        }
    }

    /**
     * These members given to this owner, or to no one: a user who may own members, checked as on every write.
     * Every id must be stored; nothing changes otherwise.
     */
    public int giveOwner(List<String> memberIds, @Nullable String owner, Reader reader) {
        store.beginWrite();
        Map<String, Member> access = members.access();
        Received.whole(memberIds).check(problems -> {
            if (owner != null) {
                StoreChecks.owner(problems, "owner", owner, owners);
            }
            memberIds.stream().filter(id -> !reader.sees(access.get(id))).findFirst().ifPresent(id -> problems.add(
                    "memberIds", "unknown member id '" + id + "': it may have been erased"));
            if (owner == null && memberIds.stream().map(access::get).anyMatch(m -> m != null && m.restricted())) {
                problems.add("owner", "a restricted member needs an owner, who sees it");
            }
        });
        members.setOwner(memberIds, owner);
        store.changed(Set.copyOf(memberIds), false);
        audit.record(reader.username(), Action.EDIT, Subject.MEMBERS, memberIds.size());
        return memberIds.size();
    }

    /**
     * One link; its problems named as a single JSON object's fields ({@code to}); a member the reader may not see
     * is a 404. Answers its id.
     */
    public long link(Link link, Reader reader) {
        store.beginWrite();
        return link(link, reader, members.access());
    }

    private long link(Link link, Reader reader, Map<String, Member> access) {
        visible(access, link.from(), reader);
        visible(access, link.to(), reader);
        Received.json(List.of(link), true).check(problems ->
                LinkChecks.links(problems, members.kinds(), List.of(link), links.all(Map.of())));
        long id = links.insert(link);
        store.changed(Set.of(), true);
        audit.record(reader.username(), Action.EDIT, Subject.LINKS, 1);
        return id;
    }

    /** Links from a file or an array, all or nothing: each new, every end a stored member the reader sees. */
    public int links(Received<Link> received, Reader reader) {
        List<Link> sent = received.records();
        store.beginWrite();
        Map<String, Member> access = members.access();
        sent.stream().filter(Objects::nonNull).forEach(link -> {
            visible(access, link.from(), reader);
            visible(access, link.to(), reader);
        });
        received.check(problems -> LinkChecks.links(problems, members.kinds(), sent, links.all(Map.of())));
        links.insert(sent);
        store.changed(Set.of(), true);
        audit.record(reader.username(), Action.IMPORT, Subject.LINKS, sent.size());
        return sent.size();
    }

    /** A link to a member the reader may not see is none. */
    public void deleteLink(long id, Reader reader) {
        store.beginWrite();
        Map<String, Member> access = members.access();
        Link link = links.find(id)
                .filter(l -> reader.sees(access.get(l.from())) && reader.sees(access.get(l.to())))
                .orElseThrow(() -> new NotFoundException("link", id));
        links.delete(link.id());
        store.changed(Set.of(), true);
        audit.record(reader.username(), Action.DELETE, Subject.LINKS, 1);
    }

    /**
     * An introduction made: the two now know each other (a KNOWS link) and each has an INTRODUCTION interaction
     * on this day, recorded by this user; one transaction. A restricted member is not named in the other's note,
     * which more people may read. Answers the link's id.
     */
    public long introduce(String one, String other, LocalDate on, Reader reader) {
        store.beginWrite();
        Map<String, Member> access = members.access();
        long id = link(new Link(null, one, other, LinkKind.KNOWS, null), reader, access);
        interactions(Received.json(List.of(
                new Interaction(one, on, InteractionKind.INTRODUCTION, "Introduced to " + named(access, other)),
                new Interaction(other, on, InteractionKind.INTRODUCTION, "Introduced to " + named(access, one))),
                false), reader);
        return id;
    }

    private static String named(Map<String, Member> access, String id) {
        Member member = access.get(id);
        return member != null && member.restricted() ? "a member whose name is restricted" : id;
    }

    /**
     * Upsert by id. A member the reader may not see is unknown to them; a stored coalition keeps the invitations
     * and responses of those members, which its reader could not send back.
     */
    public Upserted coalitions(Received<Coalition> received, Reader reader) {
        List<Coalition> sent = received.records();
        store.beginWrite();
        Map<String, Member> access = members.access();
        Set<String> memberIds = new HashSet<>();
        access.values().stream().filter(reader::sees).forEach(member -> memberIds.add(member.id()));
        received.check(problems -> NetworkChecks.references(problems, memberIds, List.of(), sent));
        Set<String> hidden = new HashSet<>(access.keySet());
        hidden.removeAll(memberIds);
        List<Coalition> kept = Hidden.keptIn(sent, hidden.isEmpty() ? List.of() : coalitions.all(), hidden);
        Set<String> stored = coalitions.ids();
        List<String> updated = sent.stream().map(Coalition::id).filter(stored::contains).toList();
        coalitions.delete(updated);
        coalitions.insert(kept);
        store.changed(Set.of(), true);
        audit.record(reader.username(), Action.EDIT, Subject.COALITIONS, sent.size());
        return new Upserted(sent.size() - updated.size(), updated.size());
    }

    public void deleteCoalition(String id, String user) {
        store.beginWrite();
        if (!coalitions.delete(id)) {
            throw new NotFoundException("coalition", id);
        }
        store.changed(Set.of(), true);
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
        store.changed(Set.of(), true);
        audit.record(user, Action.EDIT, Subject.CAMPAIGNS, sent.size());
        return new Upserted(sent.size() - updated.size(), updated.size());
    }

    public void deleteCampaign(String id, String user) {
        store.beginWrite();
        if (!campaigns.delete(id)) {
            throw new NotFoundException("campaign", id);
        }
        store.changed(Set.of(), true);
        audit.record(user, Action.DELETE, Subject.CAMPAIGNS, 1);
    }

    public ConvenorIncome convenor(ConvenorIncome income, String user) {
        Received.whole(income).check(problems -> StoreChecks.convenor(problems, "", income));
        store.beginWrite();
        convenor.put(income);
        store.changed(Set.of(), true);
        audit.record(user, Action.EDIT, Subject.CONVENOR, 1);
        return income;
    }

    /** The member and its personal data: interactions, invitations, responses and links. The log keeps only counts. */
    public Erased erase(String memberId, Reader reader) {
        String user = reader.username();
        store.beginWrite();
        visible(members.access(), memberId, reader);
        Erased erased = new Erased(memberId, interactions.deleteOf(memberId), coalitions.deleteInvitationsOf(memberId),
                coalitions.deleteResponsesOf(memberId), links.deleteOf(memberId));
        if (!members.delete(memberId)) {
            throw new NotFoundException("member", memberId);
        }
        store.changed(Set.of(memberId), true);
        audit.record(user, Action.ERASURE, Subject.MEMBERS,
                1 + erased.interactions() + erased.invitations() + erased.responses() + erased.links());
        return erased;
    }

    /**
     * Retention: the interactions that happened before this day are deleted, and the audit log says how many (also
     * none), by whom: the setting, which no username can be.
     */
    public int forgetInteractionsBefore(LocalDate day) {
        store.beginWrite();
        int deleted = interactions.deleteBefore(day);
        if (deleted == 0) {
            store.changed(Set.of(), false);
        }
        audit.record(InteractionRetention.PROPERTY, Action.RETENTION, Subject.INTERACTIONS, deleted);
        return deleted;
    }

    /** The interactions not in {@code seen}, each once; an empty note is no note. */
    static List<Interaction> fresh(List<Interaction> sent, Set<Interaction> seen) {
        List<Interaction> fresh = new ArrayList<>();
        for (Interaction interaction : sent) {
            Interaction normal = interaction.note() == null || !interaction.note().isBlank() ? interaction
                    : new Interaction(interaction.memberId(), interaction.date(), interaction.kind(), null,
                            interaction.confidential());
            if (seen.add(normal)) {
                fresh.add(normal);
            }
        }
        return fresh;
    }
}
