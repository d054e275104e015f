package org.convenor.network.store;

import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.convenor.network.Campaign;
import org.convenor.network.Coalition;
import org.convenor.network.Interaction;
import org.convenor.network.Member;
import org.convenor.network.Target;
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
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private StoreChecks() {
    }

    static void members(Problems problems, List<Member> members) {
        for (int i = 0; members != null && i < members.size(); i++) {
            Member member = members.get(i);
            if (member != null) {
                String path = "members[" + i + "]";
                fits(problems, path + ".id", member.id(), ID);
                fits(problems, path + ".name", member.name(), TEXT);
                for (int j = 0; j < member.reaches().size(); j++) {
                    fits(problems, path + ".reaches[" + j + "]", member.reaches().get(j), ID);
                }
            }
        }
    }

    static void interactions(Problems problems, List<Interaction> interactions) {
        for (int i = 0; interactions != null && i < interactions.size(); i++) {
            if (interactions.get(i) != null) {
                fits(problems, "interactions[" + i + "].note", interactions.get(i).note(), NOTE);
            }
        }
    }

    static void coalitions(Problems problems, List<Coalition> coalitions) {
        for (int i = 0; coalitions != null && i < coalitions.size(); i++) {
            if (coalitions.get(i) != null) {
                fits(problems, "coalitions[" + i + "].id", coalitions.get(i).id(), ID);
                fits(problems, "coalitions[" + i + "].campaignId", coalitions.get(i).campaignId(), ID);
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
            if (problems.required(path + ".id", campaign.id()) && fits(problems, path + ".id", campaign.id(), ID)) {
                Integer first = campaignIds.putIfAbsent(campaign.id(), i);
                if (first != null) {
                    problems.add(path + ".id", "duplicate campaign id '" + campaign.id() + "' (also campaigns["
                            + first + "])");
                }
            }
            fits(problems, path + ".name", campaign.name(), TEXT);
            fits(problems, path + ".conflict", campaign.conflict(), TEXT);
            problems.noNullElements(path + ".themes", campaign.themes());
            if (problems.noNullElements(path + ".targets", campaign.targets())) {
                for (int j = 0; j < campaign.targets().size(); j++) {
                    target(problems, path + ".targets[" + j + "]", campaign.targets().get(j), targetPaths);
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

    private static void target(Problems problems, String path, Target target, Map<String, String> seen) {
        if (problems.required(path + ".id", target.id()) && fits(problems, path + ".id", target.id(), ID)) {
            String first = seen.putIfAbsent(target.id(), path + ".id");
            if (first != null) {
                problems.add(path + ".id", "duplicate target id '" + target.id() + "' (also " + first + ")");
            }
        }
        fits(problems, path + ".name", target.name(), TEXT);
        problems.required(path + ".kind", target.kind());
        problems.noNullElements(path + ".listensTo", target.listensTo());
    }

    /**
     * The income is required and above zero, as the fee decision needs it; a currency is an ISO 4217 code.
     * {@code prefix} is {@code "convenor."} inside a whole network, empty on its own.
     */
    static void convenor(Problems problems, String prefix, ConvenorIncome convenor) {
        if (problems.required(prefix + "annualIncome", convenor.annualIncome())) {
            problems.positiveAmount(prefix + "annualIncome", convenor.annualIncome());
        }
        if (convenor.currency() != null && !CURRENCIES.contains(convenor.currency())) {
            problems.add(prefix + "currency", "'" + convenor.currency() + "' is not an ISO 4217 currency code (e.g. GBP)");
        }
    }

    private static boolean fits(Problems problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(field, "is longer than " + max + " characters");
            return false;
        }
        return true;
    }
}
