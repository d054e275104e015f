package org.convenor.bench.plain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convenor.engine.RuleSetRef;
import org.convenor.network.Coalition;
import org.convenor.network.CoalitionResponse;
import org.convenor.network.DeclineReason;
import org.convenor.network.Interaction;
import org.convenor.network.InteractionKind;
import org.convenor.network.Member;
import org.convenor.network.ResponseKind;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Severity;
import org.convenor.network.Tier;
import org.convenor.relationships.Alert;
import org.convenor.relationships.AlertKind;
import org.convenor.relationships.RelationshipAnswer;
import org.convenor.relationships.RelationshipRequest;
import org.convenor.relationships.RelationshipService;

/**
 * The relationships rule set's default policy written by hand in plain Java, for benchmarks only: the
 * yardstick the Drools version is measured against. Same checks, same answer, no explanations.
 * A member's joining day counts as the rules count it (the grace before a first contact, coalitions formed
 * after it, benefits from it).
 */
public final class PlainRelationships {

    private static final Map<Role, int[]> CADENCE = Map.of(Role.PARTNER, new int[] {30, 60},
            Role.POLICY_MAKER, new int[] {45, 90}, Role.JOURNALIST, new int[] {60, 90}, Role.DONOR, new int[] {60, 90},
            Role.ALLY, new int[] {90, 180}, Role.PROSPECT, new int[] {90, 180});
    private static final Map<Role, String> ACTIONS = Map.of(
            Role.PARTNER, "Call to catch up: share the latest intel and ask what they need from the network.",
            Role.POLICY_MAKER, "Ask for a short conversation on the political moment; be useful but not used, triangulate what you hear, and be up front that you do not work for governments.",
            Role.JOURNALIST, "Offer an authentic story or a source they cannot get elsewhere, never a quote from us: you are valuable because you seek no public profile.",
            Role.DONOR, "Send a short, confidential note on what their support made possible this quarter.",
            Role.ALLY, "Be generous with your connections: introduce them to someone in the network they would value.",
            Role.PROSPECT, "Invite them to the next convening so they can meet peers before being asked to join.");
    private static final int EXCLUSION_WINDOW = 180;
    private static final int INTEL_DAYS = 90;
    private static final int CONVENING_DAYS = 180;
    private static final int FIRST_CONTACT_GRACE = 30;
    private static final Comparator<Alert> ORDER = Comparator.comparing(Alert::severity).reversed()
            .thenComparing(Alert::daysSinceContact, Comparator.nullsFirst(Comparator.reverseOrder()))
            .thenComparing(Alert::memberId).thenComparing(Alert::kind).thenComparing(Alert::rule);

    private PlainRelationships() {
    }

    private static final class Contact {
        LocalDate last;
        LocalDate lastIntel;
        LocalDate lastConvening;
        List<LocalDate> dates = new ArrayList<>(4);
    }

    public static RelationshipAnswer decide(RelationshipRequest request, RuleSetRef ref) {
        RelationshipService.validate(request);
        LocalDate asOf = request.asOf();
        Map<String, Contact> contacts = new HashMap<>();
        for (Interaction interaction : request.interactions()) {
            if (interaction.date().isAfter(asOf)) {
                continue;
            }
            Contact contact = contacts.computeIfAbsent(interaction.memberId(), id -> new Contact());
            contact.dates.add(interaction.date());
            contact.last = max(contact.last, interaction.date());
            if (interaction.kind() == InteractionKind.INTEL_UPDATE) {
                contact.lastIntel = max(contact.lastIntel, interaction.date());
            } else if (interaction.kind() == InteractionKind.CONVENING) {
                contact.lastConvening = max(contact.lastConvening, interaction.date());
            }
        }
        LocalDate windowStart = asOf.minusDays(EXCLUSION_WINDOW);
        Set<Sector> recentSectors = new HashSet<>();
        Map<String, Set<Sector>> invitedInRecent = new HashMap<>();
        Map<String, CoalitionResponse> lastDisagreement = new HashMap<>();
        Map<String, String> lastDisagreementCoalition = new HashMap<>();
        for (Coalition coalition : request.coalitions()) {
            boolean recent = !coalition.formedOn().isBefore(windowStart) && !coalition.formedOn().isAfter(asOf);
            if (recent) {
                recentSectors.addAll(coalition.sectors());
                for (String memberId : coalition.invited()) {
                    invitedInRecent.computeIfAbsent(memberId, id -> new HashSet<>()).addAll(coalition.sectors());
                }
            }
            for (CoalitionResponse response : coalition.responses()) {
                if (response.response() == ResponseKind.DECLINED && response.reason() == DeclineReason.DISAGREES_WITH_APPROACH
                        && !response.date().isAfter(asOf)) {
                    CoalitionResponse previous = lastDisagreement.get(response.memberId());
                    if (previous == null || response.date().isAfter(previous.date())) {
                        lastDisagreement.put(response.memberId(), response);
                        lastDisagreementCoalition.put(response.memberId(), coalition.id());
                    }
                }
            }
        }
        List<Alert> alerts = new ArrayList<>();
        for (Member member : request.members()) {
            Contact contact = contacts.get(member.id());
            Long days = contact == null ? null : ChronoUnit.DAYS.between(contact.last, asOf);
            Role cadenceRole = null;
            int cadence = Integer.MAX_VALUE;
            for (Role role : member.roles()) {
                int d = CADENCE.get(role)[member.tier() == Tier.KEY ? 0 : 1];
                if (d < cadence || d == cadence && role.compareTo(cadenceRole) < 0) {
                    cadence = d;
                    cadenceRole = role;
                }
            }
            String describe = member.tier().name().toLowerCase() + " " + cadenceRole.name().toLowerCase().replace('_', '-')
                    + ": every " + cadence + " days";
            LocalDate joined = member.joinedOn();
            if (contact == null && joined == null) {
                alerts.add(new Alert(member.id(), AlertKind.NEVER_CONTACTED, Severity.WARNING, null,
                        "No recorded contact on or before " + asOf + ".",
                        "Make a first contact: a short call to learn what they care about and what they are working on.",
                        "A member we have never been in touch with", member.owner()));
            } else if (contact == null) {
                if (joined.isBefore(asOf.minusDays(FIRST_CONTACT_GRACE))) {
                    alerts.add(new Alert(member.id(), AlertKind.NEVER_CONTACTED, Severity.WARNING, null,
                            "Joined on " + joined + ", more than " + FIRST_CONTACT_GRACE
                                    + " days ago, and no recorded contact on or before " + asOf + ".",
                            "Make a first contact: a short call to learn what they care about and what they are working on.",
                            "A newcomer not contacted within its grace has never been in touch", member.owner()));
                }
            } else if (days > 2L * cadence) {
                alerts.add(new Alert(member.id(), AlertKind.NEGLECTED, Severity.CRITICAL, days, "Last in touch " + days
                        + " days ago (" + contact.last + "), more than twice the cadence; as a " + describe + ".",
                        ACTIONS.get(cadenceRole), "A relationship past twice its cadence is critical", member.owner()));
            } else if (days > cadence) {
                alerts.add(new Alert(member.id(), AlertKind.NEGLECTED, Severity.WARNING, days, "Last in touch " + days
                        + " days ago (" + contact.last + "); as a " + describe + ".", ACTIONS.get(cadenceRole),
                        "A relationship past its cadence is neglected", member.owner()));
            }
            if (member.roles().contains(Role.PARTNER)) {
                Set<Sector> invited = invitedInRecent.getOrDefault(member.id(), Set.of());
                boolean formedInItsSectors = joined == null ? member.sectors().stream().anyMatch(recentSectors::contains)
                        : request.coalitions().stream().anyMatch(c -> c.formedOn().isAfter(joined)
                                && !c.formedOn().isBefore(windowStart) && !c.formedOn().isAfter(asOf)
                                && c.sectors().stream().anyMatch(member.sectors()::contains));
                if (formedInItsSectors && member.sectors().stream().noneMatch(invited::contains)) {
                    alerts.add(new Alert(member.id(), AlertKind.EXCLUDED, Severity.WARNING, days,
                            "Coalitions in its sectors were formed in the last " + EXCLUSION_WINDOW
                                    + " days and it was invited to none of them.",
                            "Call to explain why it was not invited this time, and ask what it is working on now.",
                            "A partner invited to none of the recent coalitions in its sectors feels excluded", member.owner()));
                }
                if ((joined == null || joined.isBefore(asOf.minusDays(INTEL_DAYS)))
                        && (contact == null || contact.lastIntel == null || contact.lastIntel.isBefore(asOf.minusDays(INTEL_DAYS)))) {
                    alerts.add(new Alert(member.id(), AlertKind.BENEFITS_LAPSED, Severity.WARNING, days,
                            "No intel update in the last " + INTEL_DAYS + " days.",
                            "Send an intel update: what decision-makers are saying, shared in confidence.",
                            "A partner without a recent intel update is missing a benefit", member.owner()));
                }
                if ((joined == null || joined.isBefore(asOf.minusDays(CONVENING_DAYS)))
                        && (contact == null || contact.lastConvening == null
                        || contact.lastConvening.isBefore(asOf.minusDays(CONVENING_DAYS)))) {
                    alerts.add(new Alert(member.id(), AlertKind.BENEFITS_LAPSED, Severity.WARNING, days,
                            "Has not attended a convening in the last " + CONVENING_DAYS + " days.",
                            "Invite them to the next convening, with a decision-maker or peer they would value meeting.",
                            "A partner that has not attended a recent convening is missing a benefit", member.owner()));
                }
            }
            CoalitionResponse decline = lastDisagreement.get(member.id());
            if (decline != null && (contact == null || contact.dates.stream().noneMatch(d -> d.isAfter(decline.date())))) {
                alerts.add(new Alert(member.id(), AlertKind.DISAGREEMENT_UNTENDED, Severity.WARNING, days,
                        "Declined coalition " + lastDisagreementCoalition.get(member.id()) + " on " + decline.date()
                                + " because it disagreed with the approach, and has had no contact since.",
                        "Call to listen, not to persuade: ask how they see it, and keep them informed of the work.",
                        "A member who declined in disagreement and has heard nothing since", member.owner()));
            }
        }
        alerts.sort(ORDER);
        return new RelationshipAnswer(ref, asOf, alerts, List.of());
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
