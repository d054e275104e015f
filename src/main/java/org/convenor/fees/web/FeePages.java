package org.convenor.fees.web;

import java.security.Principal;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.convenor.console.Choices;
import org.convenor.console.ConsolePage;
import org.convenor.console.Paged;
import org.convenor.engine.ActiveRuleSets;
import org.convenor.fees.AssessmentStatus;
import org.convenor.fees.FeeAnswer;
import org.convenor.fees.FeeAssessment;
import org.convenor.fees.FeeService;
import org.convenor.fees.Portfolio;
import org.convenor.network.Member;
import org.convenor.network.MemberKind;
import org.convenor.network.Reader;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.StoredNetwork;
import org.convenor.system.SpreadsheetCsv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The fee book ({@code /fees}): every organisation's assessment, the members that need information first, the
 * total and its share of our income against the rules' warning and cap lines, the partners not counted, and the
 * invoice list as CSV. Recording our income is {@link IncomeForm}'s.
 */
@ConsolePage
class FeePages {

    static final List<String> INVOICE_COLUMNS = List.of("memberId", "name", "amount", "currency");

    private final NetworkStore store;
    private final FeeService fees;
    private final ActiveRuleSets ruleSets;
    private final Clock clock;

    FeePages(NetworkStore store, FeeService fees, ActiveRuleSets ruleSets, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.fees = fees;
        this.ruleSets = ruleSets;
    }

    /** One assessment as the table lists it. */
    record Row(FeeAssessment assessment, String name, String amount, String outcome) {
    }

    /** A member named in a list. */
    record Named(String memberId, String name) {
    }

    @ModelAttribute("section")
    String section() {
        return "fees";
    }

    /** Rows of the book a page shows: a network of any size is one page here, 100,000 members are eighty. */
    static final int PAGE_SIZE = 500;

    @GetMapping("/fees")
    String feeBook(@RequestParam(required = false) String page, Principal user, Model model) {
        StoredNetwork network = store.read();
        FeeService.FeeBook book = fees.book(network, ruleSets.get(FeeService.RULE_SET));
        FeeAnswer answer = book.answer().seenBy(network.hiddenFrom(Reader.of(user)));
        Map<String, Member> members = byId(network);
        String currency = network.convenor() == null ? null : network.convenor().currency();
        List<Row> rows = answer.assessments().stream()
                .filter(a -> a.status() != AssessmentStatus.NOT_ASSESSED
                        || members.get(a.memberId()).kind() == MemberKind.ORGANISATION)
                .sorted(Comparator.comparingInt((FeeAssessment a) -> order(a))
                        .thenComparing(a -> a.amount() == null ? BigDecimal.ZERO : a.amount(), Comparator.reverseOrder())
                        .thenComparing(FeeAssessment::memberId))
                .map(a -> new Row(a, name(members, a.memberId()), a.amount() == null ? "—" : Money.text(a.amount(), currency),
                        outcome(a)))
                .toList();
        Portfolio portfolio = answer.portfolio();
        model.addAttribute("answer", answer);
        Paged<Row> paged = Paged.of(rows, Choices.number(page, 1), PAGE_SIZE);
        model.addAttribute("rows", paged.rows());
        model.addAttribute("paged", paged);
        model.addAttribute("previousPage", "/fees?page=" + (paged.number() - 1) + "#book-heading");
        model.addAttribute("nextPage", "/fees?page=" + (paged.number() + 1) + "#book-heading");
        model.addAttribute("needInformation", rows.stream()
                .filter(r -> r.assessment().status() == AssessmentStatus.NEEDS_INFORMATION).toList());
        model.addAttribute("notAssessedOthers", answer.assessments().stream()
                .filter(a -> a.status() == AssessmentStatus.NOT_ASSESSED
                        && members.get(a.memberId()).kind() != MemberKind.ORGANISATION).count());
        model.addAttribute("invoices", answer.assessments().stream().filter(FeeAssessment::feePayable).count());
        model.addAttribute("total", portfolio == null ? null : Money.text(portfolio.totalFees(), currency));
        model.addAttribute("income", network.convenor() == null ? null
                : Money.text(network.convenor().annualIncome(), currency));
        model.addAttribute("convenor", network.convenor());
        model.addAttribute("meter", ShareMeter.of(portfolio, book.policy()));
        model.addAttribute("policy", book.policy());
        model.addAttribute("notCounted", portfolio == null ? List.of() : portfolio.notCounted().stream()
                .map(id -> new Named(id, name(members, id))).toList());
        return "fees/fee-book";
    }

    /** Every fee payable (prospects' quotes are not invoices): memberId, name, amount and currency, for accounts. */
    @GetMapping("/fees/invoices.csv")
    void invoices(Principal user, HttpServletResponse response) throws IOException {
        StoredNetwork network = store.read();
        FeeAnswer answer = fees.decide(network, ruleSets.get(FeeService.RULE_SET))
                .seenBy(network.hiddenFrom(Reader.of(user)));
        Map<String, Member> members = byId(network);
        String currency = network.convenor() == null ? null : network.convenor().currency();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("invoices-" + LocalDate.now(clock) + ".csv").build().toString());
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (SpreadsheetCsv csv = SpreadsheetCsv.to(out, INVOICE_COLUMNS)) {
            for (FeeAssessment a : answer.assessments()) {
                if (a.feePayable()) {
                    csv.row(a.memberId(), members.get(a.memberId()).name(), a.amount(), currency);
                }
            }
        }
    }

    /** Needing information first, then what is owed, quoted, exempt, and last what no rule assesses. */
    private static int order(FeeAssessment a) {
        return switch (a.status()) {
            case NEEDS_INFORMATION -> 0;
            case ASSESSED -> a.feePayable() ? 1 : a.quote() ? 2 : 3;
            case NOT_ASSESSED -> 4;
        };
    }

    private static String outcome(FeeAssessment a) {
        return switch (a.status()) {
            case NEEDS_INFORMATION -> "Needs information";
            case NOT_ASSESSED -> "Not assessed";
            case ASSESSED -> a.exemption() != null ? "Exempt" : a.quote() ? "Quote" : a.feePayable() ? "Invoice" : "No fee";
        };
    }

    private static Map<String, Member> byId(StoredNetwork network) {
        return network.members().stream().collect(Collectors.toMap(Member::id, Function.identity()));
    }

    private static String name(Map<String, Member> members, String id) {
        Member member = members.get(id);
        return member == null || member.name() == null || member.name().isBlank() ? id : member.name();
    }
}
