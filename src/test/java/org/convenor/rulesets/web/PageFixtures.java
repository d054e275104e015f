package org.convenor.rulesets.web;

import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.convenor.engine.RuleInfo;
import org.convenor.rulesets.HistoryEntry;
import org.convenor.rulesets.RuleSetStatus;
import org.convenor.rulesets.drafts.PolicyTable;
import org.convenor.rulesets.drafts.RuleChanges;
import org.convenor.scenario.Coverage;
import org.convenor.scenario.ScenarioResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** What the rule pages' controller tests show: a rule set of three rules in two files, and two history entries. */
final class PageFixtures {

    /** The console's filter chain, which a {@code @WebMvcTest} would leave out as configuration. */
    static final String CONSOLE_SECURITY = ".*\\.ConsoleSecurity";
    /** The API's request size filter, which needs the limits' configuration and no page uses. */
    static final String API_ONLY = ".*\\.RequestSizeLimitFilter";

    static final Instant AT = Instant.parse("2026-11-20T09:30:00Z");
    static final HistoryEntry HEAD = new HistoryEntry("c2", "2222bbbb2222", "ana", "Plainer words for a waiver",
            AT.plusSeconds(3600), List.of("rules/waiver.drl"), List.of(), List.of());
    static final HistoryEntry FIRST = new HistoryEntry("c1", "1111aaaa1111", "file system",
            "The rule set as found on disk when its history began.", AT, List.of("rules/waiver.drl", "rules/who-pays.drl"),
            List.of(), List.of());
    static final RuleSetStatus FEES = new RuleSetStatus("fees", "2222bbbb2222", AT.plusSeconds(3600),
            List.of(new RuleInfo("An approved fee waiver means no fee", "The relationship matters more.", "fees/waiver.drl"),
                    new RuleInfo("Partner organisations are invoiced", "It is how they show commitment.", "fees/who-pays.drl"),
                    new RuleInfo("Prospect organisations get a quote", "A quote is not an invoice.", "fees/who-pays.drl")),
            List.of(new ScenarioResult("fees/waiver.yaml", "An approved waiver means no fee", List.of(), Set.of()),
                    new ScenarioResult("fees/prospects.yaml", "A prospect gets a quote", List.of(), Set.of())),
            new Coverage(3, 3, List.of()), null, List.of(),
            List.of(new RuleSetStatus.InstanceVersion("convenor-a", "2222bbbb2222")));
    static final RuleChanges.DraftView DRAFT = new RuleChanges.DraftView("d1", "fees", "c2", "2222bbbb2222", AT,
            List.of(new RuleChanges.DraftFile("rules/policy.drl"), new RuleChanges.DraftFile("rules/waiver.drl"),
                    new RuleChanges.DraftFile("scenarios/waiver.yaml")), "ana", "0".repeat(64), null);

    static final PolicyTable BANDS = new PolicyTable("fee-bands-by-annual-income", "Fee bands by annual income",
            "rules/policy.drl", PolicyTable.Kind.ROWS, false, List.of(
                    new PolicyTable.Column("from", PolicyTable.ColumnType.INTEGER, null, false),
                    new PolicyTable.Column("below", PolicyTable.ColumnType.INTEGER, null, true),
                    new PolicyTable.Column("fee", PolicyTable.ColumnType.INTEGER, null, false)),
            List.of(List.of(0L, 1000000L, 250L), Arrays.asList(1000000L, null, 1000L)));
    static final PolicyTable SOUTH = new PolicyTable("countries-counted-as-the-global-south",
            "Countries counted as the Global South", "rules/waiver.drl", PolicyTable.Kind.LIST, false,
            List.of(new PolicyTable.Column("codes", PolicyTable.ColumnType.CHOICE, List.of("AF", "BF", "UY"), false)),
            List.of(List.of("AF"), List.of("BF")));

    private PageFixtures() {
    }

    static RequestPostProcessor editor() {
        return user("ana").roles("EDITOR");
    }

    static RequestPostProcessor viewer() {
        return user("victor").roles("VIEWER");
    }

    static Document page(MvcResult result) throws UnsupportedEncodingException {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
