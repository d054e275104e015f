package org.convenor.network.imports.demo;

import static org.convenor.network.imports.demo.Days.OLDEST;
import static org.convenor.network.imports.demo.Days.date;
import static org.convenor.network.imports.demo.Days.daysAgo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.convenor.network.Coalition;
import org.convenor.network.CoalitionResponse;
import org.convenor.network.DeclineReason;
import org.convenor.network.InteractionKind;
import org.convenor.network.ResponseKind;
import org.convenor.network.Role;
import org.convenor.network.Sector;

/**
 * The seven coalitions: whom each invited and who answered how, and the story told through them. Contact plans
 * follow the coalitions (an invitation is a contact; a decline in disagreement is followed up, except where the
 * story says not), so the members' plans are adjusted here.
 */
final class Coalitions {

    /** A coalition to form: whom it is for, its sectors and how many days before {@link Days#END} it was formed. */
    private record Plan(String id, String campaignId, List<Sector> sectors, int formedAgo) {
    }

    private static final List<Plan> COALITIONS = List.of(
            new Plan("syria-medical-voices", "syria-aid-across-the-border", List.of(Sector.MEDICAL), 305),
            new Plan("syria-former-envoys", "syria-aid-across-the-border", List.of(Sector.DIPLOMATIC), 118),
            new Plan("hospitals-health-workers", "hospitals-are-not-targets", List.of(Sector.MEDICAL), 152),
            new Plan("hospitals-legal-experts", "hospitals-are-not-targets", List.of(Sector.LEGAL), 58),
            new Plan("sudan-faith-and-peacebuilders", "sudan-ceasefire", List.of(Sector.FAITH, Sector.PEACEBUILDING), 37),
            new Plan("arms-export-lawyers", "arms-pipeline", List.of(Sector.LEGAL, Sector.ACADEMIC), 236),
            new Plan("ukraine-children-humanitarian", "ukraine-children-home",
                    List.of(Sector.HUMANITARIAN, Sector.AFFECTED_COMMUNITY, Sector.HUMAN_RIGHTS), 88));

    private static final String LISTENED = "Listened to their concerns about the approach; the door stays open";
    private static final String INVITED = "Invited to a coalition, with the background paper";

    private final Dice dice;
    private final Roster roster;
    private final List<Coalition> coalitions = new ArrayList<>();

    Coalitions(Dice dice, Roster roster) {
        this.dice = dice;
        this.roster = roster;
    }

    List<Coalition> form() {
        Draft corvell = roster.draft("corvell-health-and-law-clinic");
        Draft hollin = roster.draft("hollin-legal-aid-trust");
        for (Plan plan : COALITIONS) {
            boolean recent = plan.formedAgo <= 180;
            List<String> invited = new ArrayList<>();
            for (Draft draft : roster.drafts()) {
                if (!draft.isVoice() || draft.has(Role.JOURNALIST)
                        || draft.sectors.stream().noneMatch(plan.sectors::contains)) {
                    continue;
                }
                int chance = draft.has(Role.PARTNER) ? (recent ? 88 : 55) : draft.has(Role.ALLY) ? 40 : 20;
                if (draft == corvell && plan.campaignId.equals("hospitals-are-not-targets") || dice.nextInt(100) < chance) {
                    invited.add(draft.id);
                }
            }
            List<CoalitionResponse> responses = new ArrayList<>();
            for (String id : invited) {
                int roll = dice.nextInt(100);
                int day = Math.max(0, plan.formedAgo - 1 - dice.nextInt(14));
                if (plan.formedAgo <= 45 && roll < 25 || roll >= 97) {
                    continue; // no answer yet
                }
                ResponseKind response = roll < 83 ? ResponseKind.OPTED_IN : ResponseKind.DECLINED;
                DeclineReason reason = response == ResponseKind.OPTED_IN ? null
                        : roll < 93 ? DeclineReason.PRIORITIES_ELSEWHERE : DeclineReason.DISAGREES_WITH_APPROACH;
                responses.add(new CoalitionResponse(id, response, reason, date(day)));
            }
            Coalition coalition = new Coalition(plan.id, plan.campaignId, plan.sectors, date(plan.formedAgo), invited,
                    responses);
            coalitions.add(coalition);
        }
        // The story: Corvell declines the hospitals campaign's medical coalition in disagreement, then opts in to
        // its legal one; one ally (envoys) and one partner (lawyers) decline in disagreement and hear nothing since.
        respond("hospitals-health-workers", corvell.id, ResponseKind.DECLINED, DeclineReason.DISAGREES_WITH_APPROACH, 146);
        respond("hospitals-legal-experts", corvell.id, ResponseKind.OPTED_IN, null, 54);
        respond("hospitals-legal-experts", hollin.id, ResponseKind.OPTED_IN, null, 55);
        String envoy = firstInvited("syria-former-envoys", Role.ALLY, Set.of("henrik-halvorsen"));
        String lawyers = firstInvited("hospitals-legal-experts", Role.PARTNER, Set.of(corvell.id, hollin.id));
        respond("syria-former-envoys", envoy, ResponseKind.DECLINED, DeclineReason.DISAGREES_WITH_APPROACH, 112);
        respond("hospitals-legal-experts", lawyers, ResponseKind.DECLINED, DeclineReason.DISAGREES_WITH_APPROACH, 51);
        Set<String> untended = Set.of(envoy, lawyers);

        // Contact plans follow the coalitions: an invitation is a contact, and a decline in disagreement is
        // followed up, except for the two above.
        for (Coalition coalition : coalitions) {
            int formedAgo = daysAgo(coalition.formedOn());
            for (String id : coalition.invited()) {
                Draft draft = roster.draft(id);
                if (draft.last == null && draft.touches.isEmpty()) {
                    draft.touches.add(new Draft.Touch(Math.min(OLDEST, formedAgo + 2 + dice.nextInt(8)),
                            InteractionKind.MESSAGE, INVITED));
                }
            }
        }
        for (Coalition coalition : coalitions) {
            for (CoalitionResponse response : coalition.responses()) {
                if (!response.declinedInDisagreement()) {
                    continue;
                }
                Draft draft = roster.draft(response.memberId());
                int declinedAgo = daysAgo(response.date());
                if (untended.contains(draft.id)) {
                    if (draft.last == null || draft.last <= declinedAgo) {
                        draft.last = Math.min(OLDEST, declinedAgo + 4 + dice.nextInt(15));
                    }
                    draft.touches.removeIf(t -> t.daysAgo() <= declinedAgo);
                } else if (draft.latest() == null || draft.latest() >= declinedAgo) {
                    draft.touches.add(new Draft.Touch(Math.max(0, declinedAgo - 2 - dice.nextInt(9)),
                            InteractionKind.CALL, LISTENED));
                }
            }
        }
        return coalitions;
    }

    private String firstInvited(String coalitionId, Role role, Set<String> except) {
        Coalition coalition = coalition(coalitionId);
        return coalition.invited().stream()
                .filter(id -> roster.draft(id).has(role) && !except.contains(id))
                .filter(id -> roster.draft(id).last != null && !roster.draft(id).has(Role.JOURNALIST))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + role + " invited to " + coalitionId));
    }

    /** Sets a member's answer to a coalition (inviting it if need be), replacing any answer it had. */
    private void respond(String coalitionId, String memberId, ResponseKind response, DeclineReason reason, int daysAgo) {
        Coalition old = coalition(coalitionId);
        List<String> invited = new ArrayList<>(old.invited());
        if (!invited.contains(memberId)) {
            invited.add(memberId);
        }
        List<CoalitionResponse> responses = new ArrayList<>(old.responses());
        responses.removeIf(r -> r.memberId().equals(memberId));
        responses.add(new CoalitionResponse(memberId, response, reason, date(daysAgo)));
        coalitions.set(coalitions.indexOf(old),
                new Coalition(old.id(), old.campaignId(), old.sectors(), old.formedOn(), invited, responses));
    }

    private Coalition coalition(String id) {
        return coalitions.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
