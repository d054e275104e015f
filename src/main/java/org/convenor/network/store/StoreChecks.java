package org.convenor.network.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.convenor.network.Campaign;
import org.convenor.network.Interaction;
import org.convenor.network.Member;
import org.convenor.validation.NetworkChecks;
import org.convenor.validation.Problems;

/**
 * What the store asks beyond the decisions' own request checks: that values fit their columns (the sizes in
 * {@code V1__network.sql}), that campaigns are well formed, and that a target id belongs to one campaign.
 * Paths are the checks' own ({@code members[2].name}); the caller names them as they were sent.
 */
final class StoreChecks {

    static final int ID = 100;
    static final int TEXT = 300;
    static final int NOTE = 2000;
    static final int MOMENT = 1000;
    static final int LONG_TEXT = 4000;
    private StoreChecks() {
    }

    static void members(Problems problems, List<Member> members) {
        for (int i = 0; members != null && i < members.size(); i++) {
            Member member = members.get(i);
            if (member != null) {
                fits(problems, "members[" + i + "].name", member.name(), TEXT);
            }
        }
    }

    /**
     * Each member's owner is a user who may own members, or the owner that member has stored already
     * ({@code stored}: member id to owner): a member whose owner has left can still be edited, and a network as
     * read can be written back; naming someone who is not such a user is refused.
     */
    static void owners(Problems problems, List<Member> members, Owners owners, Map<String, String> stored) {
        for (int i = 0; members != null && i < members.size(); i++) {
            Member member = members.get(i);
            if (member != null && member.owner() != null && !member.owner().equals(stored.get(member.id()))) {
                owner(problems, "members[" + i + "].owner", member.owner(), owners);
            }
        }
    }

    /**
     * A restricted member has an owner (someone must be able to see it besides ADMIN), and each name in its
     * {@code sharedWith} is a user who may own members, or one it is shared with already ({@code stored}).
     */
    static void sharing(Problems problems, List<Member> members, Owners owners, Map<String, List<String>> stored) {
        for (int i = 0; members != null && i < members.size(); i++) {
            Member member = members.get(i);
            if (member == null) {
                continue;
            }
            if (member.restricted() && member.owner() == null) {
                problems.add("members[" + i + "].owner", "a restricted member needs an owner, who sees it");
            }
            List<String> before = stored.getOrDefault(member.id(), List.of());
            for (int j = 0; j < member.sharedWith().size(); j++) {
                String username = member.sharedWith().get(j);
                String field = "members[" + i + "].sharedWith";
                if (username == null) {
                    problems.add(field, "a username is required");
                } else if (!before.contains(username)) {
                    owner(problems, field, username, owners);
                }
            }
        }
    }

    /** A user who may own members, named as they sign in. */
    static void owner(Problems problems, String field, String owner, Owners owners) {
        if (fits(problems, field, owner, ID) && !owners.mayOwn(owner)) {
            List<String> all = owners.all();
            problems.add(field, "'" + owner + "' is not a user who may own members; "
                    + (all.isEmpty() ? "there is none yet" : "give one of " + String.join(", ", all)));
        }
    }

    static void interactions(Problems problems, List<Interaction> interactions) {
        for (int i = 0; interactions != null && i < interactions.size(); i++) {
            Interaction interaction = interactions.get(i);
            if (interaction != null) {
                fits(problems, "interactions[" + i + "].note", interaction.note(), NOTE);
            }
        }
    }

    /**
     * Each campaign's own fields, and that no target id is used twice: within these campaigns, or by a stored
     * campaign other than these ({@code storedOwners}: target id to the campaign that holds it).
     */
    static void campaigns(Problems problems, List<Campaign> campaigns, Map<String, String> storedOwners) {
        if (!problems.requiredList("campaigns", campaigns)) {
            return;
        }
        Map<String, Integer> campaignIds = new HashMap<>();
        Map<String, String> targetPaths = new HashMap<>();
        for (int i = 0; i < campaigns.size(); i++) {
            Campaign campaign = campaigns.get(i);
            String path = "campaigns[" + i + "]";
            NetworkChecks.campaign(problems, path, campaign, targetPaths);
            if (campaign.id() != null) {
                Integer first = campaignIds.putIfAbsent(campaign.id(), i);
                if (first != null) {
                    problems.add(path + ".id", "duplicate campaign id '" + campaign.id() + "' (also campaigns["
                            + first + "])");
                }
            }
            fits(problems, path + ".name", campaign.name(), TEXT);
            fits(problems, path + ".conflict", campaign.conflict(), TEXT);
            fits(problems, path + ".outcome", campaign.outcome(), LONG_TEXT);
            fits(problems, path + ".lessons", campaign.lessons(), LONG_TEXT);
            for (int j = 0; campaign.moments() != null && j < campaign.moments().size(); j++) {
                if (campaign.moments().get(j) != null) {
                    fits(problems, path + ".moments[" + j + "].what", campaign.moments().get(j).what(), MOMENT);
                }
            }
            for (int j = 0; campaign.targets() != null && j < campaign.targets().size(); j++) {
                if (campaign.targets().get(j) != null) {
                    fits(problems, path + ".targets[" + j + "].name", campaign.targets().get(j).name(), TEXT);
                }
            }
        }
        targetPaths.forEach((id, path) -> {
            String owner = storedOwners.get(id);
            if (owner != null && !campaignIds.containsKey(owner)) {
                problems.add(path, "target id '" + id + "' already belongs to campaign '" + owner
                        + "': target ids are unique across campaigns");
            }
        });
    }

    /**
     * The income is required and above zero, as the fee decision needs it; a currency is an ISO 4217 code.
     * {@code prefix} is {@code "convenor."} inside a whole network, empty on its own.
     */
    static void convenor(Problems problems, String prefix, ConvenorIncome convenor) {
        if (problems.required(prefix + "annualIncome", convenor.annualIncome())) {
            problems.positiveAmount(prefix + "annualIncome", convenor.annualIncome());
        }
        NetworkChecks.currency(problems, prefix + "currency", convenor.currency());
    }

    /** Within the column's size, and without a NUL character, which PostgreSQL cannot store in text. */
    private static boolean fits(Problems problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(field, "is longer than " + max + " characters");
            return false;
        }
        if (value != null && value.indexOf('\u0000') >= 0) {
            problems.add(field, "must not contain a NUL character");
            return false;
        }
        return true;
    }

}
