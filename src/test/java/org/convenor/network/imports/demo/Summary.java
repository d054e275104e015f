package org.convenor.network.imports.demo;

import static org.convenor.network.imports.demo.Days.END;
import static org.convenor.network.imports.demo.Days.daysAgo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.convenor.network.Coalition;
import org.convenor.network.Interaction;
import org.convenor.network.Member;
import org.convenor.network.MemberKind;
import org.convenor.network.Role;
import org.convenor.network.Tier;

/**
 * What was written, for the person who ran the writer: counts by role and tier, the standard journalists by band
 * and the fee book's share of the convenor's income, the numbers docs/demo/README.md promises.
 */
final class Summary {

    private Summary() {
    }

    static String of(List<Draft> drafts, List<Interaction> interactions, List<Coalition> coalitions,
            BigDecimal convenorIncome) {
        StringBuilder out = new StringBuilder();
        out.append(drafts.size()).append(" members, ").append(interactions.size()).append(" interactions, ")
                .append(coalitions.size()).append(" coalitions, ").append(Campaigns.ALL.size()).append(" campaigns\n");
        Map<String, int[]> byRoles = new TreeMap<>();
        for (Draft d : drafts) {
            int[] counts = byRoles.computeIfAbsent(d.roles.stream().map(Role::name).collect(Collectors.joining("+")),
                    k -> new int[2]);
            counts[d.tier == Tier.KEY ? 0 : 1]++;
        }
        byRoles.forEach((roles, counts) -> out.append(String.format(Locale.ROOT, "  %-22s KEY %3d  STANDARD %3d%n", roles,
                counts[0], counts[1])));
        Map<String, Integer> bands = new TreeMap<>();
        Map<String, Integer> last = lastContact(interactions);
        for (Draft d : drafts) {
            if (d.roles.equals(List.of(Role.JOURNALIST)) && d.tier == Tier.STANDARD) {
                bands.merge(band(last.get(d.id)), 1, Integer::sum);
            }
        }
        out.append("  standard journalists by days since contact on ").append(END).append(": ").append(bands).append('\n');
        BigDecimal fees = BigDecimal.ZERO;
        for (Draft d : drafts) {
            BigDecimal fee = defaultFee(d.member());
            fees = fee == null ? fees : fees.add(fee);
        }
        out.append("  fee book under the default policy: ").append(fees).append(" of ").append(convenorIncome)
                .append(String.format(Locale.ROOT, " (%.2f%%)%n", fees.doubleValue() * 100 / convenorIncome.doubleValue()));
        return out.toString();
    }

    private static Map<String, Integer> lastContact(List<Interaction> interactions) {
        Map<String, Integer> last = new LinkedHashMap<>();
        for (Interaction i : interactions) {
            last.merge(i.memberId(), daysAgo(i.date()), Math::min);
        }
        return last;
    }

    private static String band(Integer days) {
        if (days == null) {
            return "never";
        }
        return days <= 60 ? "0-60" : days <= 90 ? "61-90" : days <= 120 ? "91-120" : days <= 180 ? "121-180" : "181+";
    }

    /**
     * The fee a partner organisation owes under the default policy (band, capped at 0.5% of its income), or null
     * when none is counted: not an organisation partner, exempt, or the fee needs information.
     */
    private static BigDecimal defaultFee(Member member) {
        if (member.kind() != MemberKind.ORGANISATION || !member.hasRole(Role.PARTNER)
                || Boolean.TRUE.equals(member.feeWaiver()) || member.country() == null || member.annualIncome() == null) {
            return null;
        }
        boolean south = member.globalSouth() != null ? member.globalSouth() : !Countries.NORTH.contains(member.country());
        if (south) {
            return null;
        }
        long income = Draft.inPounds(member).longValue();
        long band = income < 1_000_000 ? 250 : income < 10_000_000 ? 1_000 : income < 50_000_000 ? 2_500
                : income < 250_000_000 ? 5_000 : 10_000;
        return BigDecimal.valueOf(Math.min(band, income / 200));
    }
}
