package org.convenor.network.store;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.convenor.network.Campaign;
import org.convenor.network.Coalition;
import org.convenor.network.CoalitionResponse;
import org.convenor.network.DeclineReason;
import org.convenor.network.Link;
import org.convenor.network.Member;
import org.convenor.network.ResponseKind;
import org.convenor.network.Schemas;
import org.convenor.network.Target;
import org.convenor.network.TargetKind;
import org.jspecify.annotations.Nullable;

/**
 * Everything the service holds about one member, for the person's right of access: the record, every record that
 * names it (its links too, from or to), and the audit entries about its interactions.
 */
@Schema(name = "MemberExport", description = "Everything the service holds about one member")
public record MemberExport(
        @Schema(description = "When the export was made") OffsetDateTime exportedAt,
        @Schema(description = "The member's record as stored") Member member,
        @Schema(description = "Its interactions in the order stored, with who recorded each and when")
        List<StoredInteraction> interactions,
        @Schema(description = "The coalitions it was invited to") List<Invitation> invitations,
        @Schema(description = "Its answers to coalition invitations") List<Response> responses,
        @Schema(description = "The campaign targets its reaches name, as stored; a target no stored campaign has "
                + "reads with its id alone")
        List<Reach> reaches,
        @Schema(description = "The links naming it, from or to") List<Link> links,
        @Schema(description = "The audit log's entries about one of its interactions (a correction or a deletion "
                + "of one that is still its own), oldest first. The log names no record otherwise: other entries "
                + "count the records a change touched, whoever they were")
        List<AuditLog.Entry> auditEntries) {

    /** A coalition the member was invited to. */
    @Schema(name = "ExportedInvitation")
    public record Invitation(@Schema(pattern = Schemas.ID) String coalitionId, @Nullable String campaignId,
            LocalDate formedOn) {
    }

    /** The member's answer to a coalition's invitation. */
    @Schema(name = "ExportedResponse")
    public record Response(@Schema(pattern = Schemas.ID) String coalitionId, ResponseKind response,
            @Nullable DeclineReason reason, LocalDate date) {
    }

    /** A target the member has access to, with the campaign that has it. */
    @Schema(name = "ExportedReach")
    public record Reach(String targetId, @Nullable String targetName, @Nullable TargetKind targetKind,
            @Nullable String campaignId, @Nullable String campaignName) {
    }

    /**
     * The member's records in this network, or empty when no member has this id.
     *
     * @param audit the audit log, asked for the entries about the member's interactions
     */
    public static Optional<MemberExport> of(StoredNetwork network, String memberId, AuditLog audit,
            OffsetDateTime exportedAt) {
        Optional<Member> member = network.members().stream().filter(m -> m.id().equals(memberId)).findFirst();
        if (member.isEmpty()) {
            return Optional.empty();
        }
        List<StoredInteraction> interactions = network.interactions().stream()
                .filter(i -> i.memberId().equals(memberId)).toList();
        List<Invitation> invitations = new ArrayList<>();
        List<Response> responses = new ArrayList<>();
        for (Coalition coalition : network.coalitions()) {
            if (coalition.invited().contains(memberId)) {
                invitations.add(new Invitation(coalition.id(), coalition.campaignId(), coalition.formedOn()));
            }
            for (CoalitionResponse r : coalition.responses()) {
                if (r.memberId().equals(memberId)) {
                    responses.add(new Response(coalition.id(), r.response(), r.reason(), r.date()));
                }
            }
        }
        return Optional.of(new MemberExport(exportedAt, member.get(), interactions, invitations, responses,
                reaches(member.get(), network.campaigns()),
                network.links().stream().filter(l -> l.from().equals(memberId) || l.to().equals(memberId)).toList(),
                audit.about(interactions.stream().map(StoredInteraction::id).toList())));
    }

    private static List<Reach> reaches(Member member, List<Campaign> campaigns) {
        Map<String, Campaign> campaignOf = new HashMap<>();
        Map<String, Target> targets = new HashMap<>();
        for (Campaign campaign : campaigns) {
            for (Target target : campaign.targets()) {
                campaignOf.put(target.id(), campaign);
                targets.put(target.id(), target);
            }
        }
        return member.reaches().stream().map(id -> {
            Target target = targets.get(id);
            Campaign campaign = campaignOf.get(id);
            return target == null ? new Reach(id, null, null, null, null)
                    : new Reach(id, target.name(), target.kind(), campaign.id(), campaign.name());
        }).toList();
    }
}
