package org.convenor.bench.plain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.convenor.engine.RuleSetRef;
import org.convenor.fees.Amounts;
import org.convenor.fees.AssessmentStatus;
import org.convenor.fees.ExemptionKind;
import org.convenor.fees.FeeAlert;
import org.convenor.fees.FeeAlertKind;
import org.convenor.fees.FeeAnswer;
import org.convenor.fees.FeeAssessment;
import org.convenor.fees.FeeBookScope;
import org.convenor.fees.FeePolicy;
import org.convenor.fees.FeeRequest;
import org.convenor.fees.FeeService;
import org.convenor.fees.Portfolio;
import org.convenor.network.Member;
import org.convenor.network.MemberKind;
import org.convenor.network.Role;
import org.convenor.network.Severity;

/** The fees rule set's default policy by hand, for benchmarks only. Same decisions; reasons left out. */
public final class PlainFees {

    private static final long[][] BANDS = {{0, 1_000_000, 250}, {1_000_000, 10_000_000, 1_000},
        {10_000_000, 50_000_000, 2_500}, {50_000_000, 250_000_000, 5_000}, {250_000_000, Long.MAX_VALUE, 10_000}};
    private static final FeePolicy POLICY = new FeePolicy("0.005", "0.08", "0.10");
    private static final Set<String> GLOBAL_SOUTH = Set.of("AF", "BF", "BI", "CD", "CF", "ER", "ET", "GM", "GW",
            "KP", "LR", "MG", "ML", "MW", "MZ", "NE", "RW", "SD", "SL", "SO", "SS", "SY", "TD", "TG", "UG", "YE",
            "AO", "BD", "BJ", "BO", "BT", "CG", "CI", "CM", "DJ", "EG", "FM", "GH", "GN", "HN", "HT", "IN", "JO", "KE",
            "KG", "KH", "KI", "KM", "LA", "LB", "LK", "LS", "MA", "MM", "MR", "NA", "NG", "NI", "NP", "PG", "PH", "PK",
            "PS", "SB", "SN", "ST", "SZ", "TJ", "TL", "TN", "TZ", "UZ", "VN", "VU", "ZM", "ZW",
            "AL", "AM", "AR", "AZ", "BA", "BR", "BW", "BY", "BZ", "CN", "CO", "CU", "CV", "DM", "DO", "DZ", "EC", "FJ",
            "GA", "GD", "GE", "GQ", "GT", "ID", "IQ", "IR", "JM", "KZ", "LC", "LY", "MD", "ME", "MH", "MK", "MN", "MU",
            "MV", "MX", "MY", "PE", "PY", "RS", "SR", "SV", "TH", "TM", "TO", "TR", "TV", "UA", "VC", "VE", "WS", "XK",
            "ZA");

    private PlainFees() {
    }

    public static FeeAnswer decide(FeeRequest request, RuleSetRef ref) {
        FeeService.validate(request);
        List<FeeAssessment> assessments = new ArrayList<>(request.members().size());
        List<String> notCounted = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Member member : request.members()) {
            FeeAssessment assessment = assess(member);
            assessments.add(assessment);
            if (!assessment.quote() && assessment.status() == AssessmentStatus.ASSESSED) {
                total = total.add(assessment.amount());
            } else if (!assessment.quote() && assessment.status() == AssessmentStatus.NEEDS_INFORMATION) {
                notCounted.add(assessment.memberId());
            }
        }
        BigDecimal income = request.convenor().annualIncome();
        List<FeeAlert> alerts = new ArrayList<>();
        Portfolio portfolio;
        if (income == null) {
            portfolio = Portfolio.unmeasured(total, notCounted);
            alerts.add(new FeeAlert(FeeAlertKind.CONVENOR_INCOME_UNKNOWN, Severity.INFO, "The convenor's income is not "
                    + "known, so the fee book cannot be measured against the cap: record it."));
        } else {
            portfolio = Portfolio.of(total, income, POLICY, notCounted);
            if (portfolio.share().compareTo(POLICY.capShare()) >= 0) {
                alerts.add(new FeeAlert(FeeAlertKind.FEE_CAP_EXCEEDED, Severity.CRITICAL, "Fees are "
                        + portfolio.percent() + " of the convenor's income, at or over the cap: reduce fees or bands."));
            } else if (portfolio.share().compareTo(POLICY.warningShare()) >= 0) {
                alerts.add(new FeeAlert(FeeAlertKind.FEE_SHARE_HIGH, Severity.WARNING, "Fees are " + portfolio.percent()
                        + " of the convenor's income, close to the cap: fees must stay about commitment, not revenue."));
            }
        }
        return new FeeAnswer(ref, assessments, new Portfolio(portfolio.totalFees(), portfolio.convenorIncome(),
                portfolio.share(), portfolio.withinCap(), FeeBookScope.REQUEST, portfolio.notCounted(), 0), alerts, List.of());
    }

    private static FeeAssessment assess(Member member) {
        boolean partner = member.hasRole(Role.PARTNER);
        if (member.kind() == MemberKind.PERSON || !partner && !member.hasRole(Role.PROSPECT)) {
            return new FeeAssessment(member.id(), AssessmentStatus.NOT_ASSESSED, false, null, false, null, List.of());
        }
        boolean quote = !partner;
        Boolean globalSouth = member.globalSouth() != null ? member.globalSouth()
                : member.country() == null ? null : GLOBAL_SOUTH.contains(member.country());
        if (Boolean.TRUE.equals(globalSouth)) {
            return new FeeAssessment(member.id(), AssessmentStatus.ASSESSED, false, BigDecimal.ZERO, quote,
                    ExemptionKind.GLOBAL_SOUTH, List.of());
        }
        if (Boolean.TRUE.equals(member.feeWaiver())) {
            return new FeeAssessment(member.id(), AssessmentStatus.ASSESSED, false, BigDecimal.ZERO, quote,
                    ExemptionKind.WAIVER, List.of());
        }
        if (globalSouth == null || member.annualIncome() == null) {
            return new FeeAssessment(member.id(), AssessmentStatus.NEEDS_INFORMATION, false, null, quote, null, List.of());
        }
        BigDecimal band = BigDecimal.ZERO;
        for (long[] row : BANDS) {
            if (member.annualIncome().compareTo(BigDecimal.valueOf(row[0])) >= 0
                    && member.annualIncome().compareTo(BigDecimal.valueOf(row[1])) < 0) {
                band = BigDecimal.valueOf(row[2]);
            }
        }
        BigDecimal ceiling = POLICY.ceilingFor(member.annualIncome());
        BigDecimal amount = band.compareTo(ceiling) > 0 ? ceiling : band;
        return new FeeAssessment(member.id(), AssessmentStatus.ASSESSED, !quote && amount.signum() > 0,
                Amounts.plain(amount), quote, null, List.of());
    }
}
