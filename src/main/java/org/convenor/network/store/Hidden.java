package org.convenor.network.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.convenor.network.Coalition;
import org.convenor.network.CoalitionResponse;
import org.convenor.network.Member;
import org.convenor.network.Reader;

/**
 * What a writer could not see and so could not send back, kept as stored when they replace what they saw: the
 * restricted members hidden from them, those members' interactions and places in coalitions, and the confidential
 * interactions whose notes they may not read.
 *
 * @param members the stored members hidden from the writer
 * @param interactions the stored interactions kept: of hidden members, or confidential and unreadable to them
 * @param unreadable the ids of the members whose confidential notes the writer may not read (hidden ones too)
 */
record Hidden(List<Member> members, List<StoredInteraction> interactions, Set<String> unreadable) {

    /**
     * What this reader could not send back, from what decides who sees a member ({@link MemberTable#access()}):
     * only the hidden members are read whole, and only the interactions that may be kept (confidential ones, and the
     * hidden members'), so replacing a network the writer sees all of reads none of it.
     */
    static Hidden from(Map<String, Member> access, MemberTable members, InteractionTable interactions, Reader reader) {
        Set<String> hiddenIds = access.values().stream().filter(member -> !reader.sees(member)).map(Member::id)
                .collect(Collectors.toSet());
        Set<String> unreadable = access.values().stream().filter(member -> !reader.mayRead(member)).map(Member::id)
                .collect(Collectors.toSet());
        List<StoredInteraction> kept = unreadable.isEmpty() ? List.of()
                : interactions.confidentialOrOf(hiddenIds).stream().filter(interaction -> hiddenIds.contains(
                        interaction.memberId()) || interaction.confidential()
                        && unreadable.contains(interaction.memberId())).toList();
        return new Hidden(members.of(hiddenIds), kept, unreadable);
    }

    Set<String> memberIds() {
        return members.stream().map(Member::id).collect(Collectors.toSet());
    }

    /** How many records were kept: what {@code PUT /api/network} says of them. */
    int count() {
        return members.size() + interactions.size();
    }

    /** The coalitions sent, each with the hidden members' invitations and responses of the stored one kept. */
    static List<Coalition> keptIn(List<Coalition> sent, List<Coalition> stored, Set<String> hidden) {
        if (hidden.isEmpty()) {
            return sent;
        }
        Map<String, Coalition> before = stored.stream().collect(Collectors.toMap(Coalition::id, Function.identity()));
        List<Coalition> kept = new ArrayList<>(sent.size());
        for (Coalition coalition : sent) {
            Coalition old = before.get(coalition.id());
            if (old == null) {
                kept.add(coalition);
                continue;
            }
            List<String> invited = new ArrayList<>(coalition.invited());
            old.invited().stream().filter(hidden::contains).forEach(invited::add);
            List<CoalitionResponse> responses = new ArrayList<>(coalition.responses());
            old.responses().stream().filter(response -> hidden.contains(response.memberId())).forEach(responses::add);
            kept.add(new Coalition(coalition.id(), coalition.campaignId(), coalition.sectors(), coalition.formedOn(),
                    invited, responses));
        }
        return kept;
    }
}
