package org.convenor.network.imports.demo;

import static org.convenor.network.imports.demo.Dice.weights;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.convenor.network.InteractionKind;
import org.convenor.network.Role;

/**
 * What the convenor's contacts are about: the monthly intel updates to partners and the convenings, on fixed
 * days, and for ordinary contacts the kinds and notes that fit each role. Notes hold commas and quotes, as real
 * notes do, so the files test CSV quoting.
 */
final class Schedules {

    /** Monthly intel updates to partners: days before {@link Days#END}, and what each was about. */
    static final Map<Integer, String> INTEL = ordered(
            8, "Intel update: where Council members stand before the renewal vote",
            36, "Intel update: what ministers said about access, in confidence",
            64, "Intel update: the supplier state's review of export licences",
            99, "Intel update: mediators' read-out, not for circulation",
            127, "Intel update: hospital strike data, cross-checked with partners",
            155, "Intel update: border crossings, open and closed",
            190, "Intel update: the regional summit, who said what",
            218, "Intel update: detention sites and the missing",
            246, "Intel update: the new envoy's priorities",
            281, "Intel update: donors' pledges, kept and not",
            309, "Intel update: what the defence committee heard",
            337, "Intel update: the year ahead, by conflict");

    /** Convenings: days before {@link Days#END}, and what each was. */
    static final Map<Integer, String> CONVENINGS = ordered(
            13, "Closed-door roundtable: hospitals under fire",
            50, "Convening with former envoys, Chatham House rule",
            86, "Partners' strategy day: \"what worked, what didn't\"",
            133, "Briefing with a Security Council delegation",
            169, "Regional partners' convening, hosted by a partner",
            211, "Roundtable on arms exports, with legal experts",
            258, "Annual partners' meeting",
            302, "Convening on detention and missing persons",
            347, "Faith leaders and peacebuilders on a ceasefire");

    static final Map<Role, Map<InteractionKind, Integer>> KINDS = new EnumMap<>(Role.class);
    static final Map<Role, Map<InteractionKind, List<String>>> NOTES = new EnumMap<>(Role.class);

    static {
        KINDS.put(Role.PARTNER, weights(InteractionKind.MEETING, 3, InteractionKind.CALL, 4, InteractionKind.MESSAGE, 3,
                InteractionKind.INTRODUCTION, 1));
        KINDS.put(Role.PROSPECT, weights(InteractionKind.INTRODUCTION, 2, InteractionKind.MEETING, 3,
                InteractionKind.CALL, 3, InteractionKind.MESSAGE, 2));
        KINDS.put(Role.JOURNALIST, weights(InteractionKind.STORY_SHARED, 5, InteractionKind.CALL, 3,
                InteractionKind.MESSAGE, 3, InteractionKind.MEETING, 2, InteractionKind.INTRODUCTION, 1));
        KINDS.put(Role.POLICY_MAKER, weights(InteractionKind.MEETING, 5, InteractionKind.CALL, 3,
                InteractionKind.MESSAGE, 2, InteractionKind.INTRODUCTION, 1));
        KINDS.put(Role.DONOR, weights(InteractionKind.MEETING, 3, InteractionKind.CALL, 3, InteractionKind.MESSAGE, 3));
        KINDS.put(Role.ALLY, weights(InteractionKind.CALL, 3, InteractionKind.MEETING, 3, InteractionKind.MESSAGE, 2,
                InteractionKind.INTRODUCTION, 3));

        notes(Role.PARTNER, InteractionKind.MEETING, "Planning meeting for the next coalition",
                "Met the director: priorities for next quarter", "Shared field data on attacks, in confidence",
                "Strategy session on the \"red lines\" memo", "Met their advocacy lead, agreed next steps");
        notes(Role.PARTNER, InteractionKind.CALL, "Check-in call", "Asked what they need from the network",
                "Call on the draft joint letter, comments by Friday", "Debrief after the ministerial meeting");
        notes(Role.PARTNER, InteractionKind.MESSAGE, "Sent the coalition's timeline",
                "Shared contacts for the donor conference", "Thanked them for their testimony, with next steps");
        notes(Role.PARTNER, InteractionKind.INTRODUCTION, "Introduced to a medical ally",
                "Introduced to a former envoy, at their request", "Linked them with a peer organisation in the region");
        notes(Role.PROSPECT, InteractionKind.INTRODUCTION, "Introduced by a partner", "Introduced through a donor",
                "Met through an ally, \"keen to learn more\"");
        notes(Role.PROSPECT, InteractionKind.MEETING, "First meeting: how the network works",
                "Talked about their priorities, no ask yet", "Explained what partners give and receive");
        notes(Role.PROSPECT, InteractionKind.CALL, "Follow-up call", "Call about joining the network");
        notes(Role.PROSPECT, InteractionKind.MESSAGE, "Sent an overview of the network",
                "Invited to a convening as an observer");
        notes(Role.JOURNALIST, InteractionKind.STORY_SHARED, "Shared a story from a partner's field team",
                "Story lead: convoys held at the crossing", "Connected with survivors willing to speak, with consent",
                "Background on \"deconfliction\" failures, not for attribution",
                "Pointed to new satellite analysis from a partner", "Shared a doctor's account, with permission");
        notes(Role.JOURNALIST, InteractionKind.CALL, "Asked about sources on the ground",
                "Background call, nothing for quotation", "Call about a forthcoming investigation");
        notes(Role.JOURNALIST, InteractionKind.MESSAGE, "Sent contacts for a field doctor", "Thanked them for the piece");
        notes(Role.JOURNALIST, InteractionKind.MEETING, "Coffee, background only", "Met after the press briefing, off the record");
        notes(Role.JOURNALIST, InteractionKind.INTRODUCTION, "Introduced to a partner's spokesperson",
                "Introduced to a lawyer on the laws of war");
        notes(Role.POLICY_MAKER, InteractionKind.MEETING, "Briefing on the political moment",
                "Discreet briefing; triangulate what was said", "Met their adviser, discussed the vote",
                "Asked about the Council's timetable; no commitments");
        notes(Role.POLICY_MAKER, InteractionKind.CALL, "Short call ahead of the debate",
                "Call: where the government stands, to triangulate");
        notes(Role.POLICY_MAKER, InteractionKind.MESSAGE, "Sent a two-page briefing",
                "Shared partners' field evidence, as agreed");
        notes(Role.POLICY_MAKER, InteractionKind.INTRODUCTION, "Introduced to a partner working on detention");
        notes(Role.DONOR, InteractionKind.MEETING, "Quarterly meeting on impact", "Saw a coalition meeting at work",
                "Discussed renewal, decision in spring");
        notes(Role.DONOR, InteractionKind.CALL, "Call on the grant report", "Update on the year, with thanks");
        notes(Role.DONOR, InteractionKind.MESSAGE, "Sent the impact note for the quarter",
                "Thank-you note, with the annual summary");
        notes(Role.ALLY, InteractionKind.CALL, "Catch-up call", "Asked their view on the approach, and listened");
        notes(Role.ALLY, InteractionKind.MEETING, "Lunch: what they hear in their world",
                "Met to discuss a joint letter from their profession");
        notes(Role.ALLY, InteractionKind.MESSAGE, "Sent a note on the campaign, no ask",
                "Thanked them for the introduction");
        notes(Role.ALLY, InteractionKind.INTRODUCTION, "Introduced to a partner in the region",
                "Introduced to a journalist covering the conflict", "Linked with a peer, at their request");
    }

    private Schedules() {
    }

    private static Map<Integer, String> ordered(Object... pairs) {
        Map<Integer, String> map = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Integer) pairs[i], (String) pairs[i + 1]);
        }
        return map;
    }

    private static void notes(Role role, InteractionKind kind, String... notes) {
        NOTES.computeIfAbsent(role, r -> new EnumMap<>(InteractionKind.class)).put(kind, List.of(notes));
    }
}
