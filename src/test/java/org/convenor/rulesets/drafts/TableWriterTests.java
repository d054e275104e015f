package org.convenor.rulesets.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.convenor.FrozenPolicy;
import org.convenor.engine.compile.RuleSetCompiler;
import org.convenor.engine.compile.RuleVocabulary;
import org.convenor.validation.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Finding tables in DRL text and writing them back: what changes in the file, and what never does. */
class TableWriterTests {

    final TableFinder finder = new TableFinder(new RuleSetCompiler());

    /** A record outside the rule vocabulary that counts how often it is made. */
    public record Probe(int count) {

        static int made;

        public Probe {
            made++;
        }
    }

    static final String PROBES = """
            package probes;

            import org.convenor.rulesets.drafts.TableWriterTests.Probe;

            rule "Probes"
            when
            then
                insert(new Probe(1));
                insert(new Probe(2));
            end
            """;

    String frozen(String file) throws IOException {
        return Files.readString(FrozenPolicy.RULES.resolve(file));
    }

    TableSource table(String text, String id) {
        return finder.find("rules/policy.drl", text).stream().filter(t -> t.table().id().equals(id)).findFirst()
                .orElseThrow();
    }

    static String written(String text, TableSource table, Consumer<List<List<Object>>> change) {
        List<List<Object>> rows = new ArrayList<>();
        table.table().rows().forEach(row -> rows.add(new ArrayList<>(row)));
        change.accept(rows);
        return TableWriter.write(text, table, new ArrayList<>(rows)).text();
    }

    @Test
    void aRecordTheVocabularyDoesNotListIsNeitherATableNorEverMade() {
        Probe.made = 0;
        assertThat(finder.find("rules/probes.drl", PROBES)).isEmpty();

        TableFinder widened = new TableFinder(new RuleSetCompiler(RuleVocabulary.standard().and(Probe.class)));
        TableSource probes = widened.find("rules/probes.drl", PROBES).get(0);
        assertThat(probes.table().rows()).containsExactly(List.of(1L), List.of(2L));
        assertThat(Probe.made).isZero();
        written(PROBES, probes, rows -> rows.get(0).set(0, 3L));
        assertThat(Probe.made).isEqualTo(2);
    }

    @Test
    void aRuleWithConditionsOrACellThatComputesHoldsNoTable() {
        String text = """
                package relationships;
                import org.convenor.network.Role;
                import org.convenor.relationships.Cadence;
                rule "Conditional"
                when
                    Cadence()
                then
                    insert(new Cadence(Role.DONOR, 60, 90));
                end
                rule "Computed"
                when
                then
                    insert(new Cadence(Role.DONOR, 30 * 2, 90));
                end
                """;
        assertThat(finder.find("rules/policy.drl", text)).isEmpty();
    }

    @Test
    void windowsLineBreaksStayAndARoundTripIsByteForByte() throws IOException {
        String text = frozen("relationships/policy.drl").replace("\n", "\r\n");
        TableSource cadences = table(text, "how-often-each-role-should-hear-from-us");

        assertThat(written(text, cadences, rows -> { })).isEqualTo(text);
        assertThat(written(text, cadences, rows -> rows.get(2).set(2, 60L))).isEqualTo(text.replace(
                "Cadence(Role.JOURNALIST,    60,   90));\r\n", "Cadence(Role.JOURNALIST,    60,   60));\r\n"));
    }

    @Test
    void aRowAddedIsLaidOutLikeTheOneBeforeItAndARemovedRowsLineGoes() throws IOException {
        String text = frozen("relationships/policy.drl");
        TableSource cadences = table(text, "how-often-each-role-should-hear-from-us");

        String added = written(text, cadences, rows -> rows.add(Arrays.asList("DONOR", 7L, 1400L)));
        assertThat(added).isEqualTo(text.replace("    insert(new Cadence(Role.PROSPECT,      90,  180));\n",
                "    insert(new Cadence(Role.PROSPECT,      90,  180));\n"
                        + "    insert(new Cadence(Role.DONOR,          7, 1400));\n"));
        String removed = written(text, cadences, rows -> rows.remove(1));
        assertThat(removed).isEqualTo(text.replace("    insert(new Cadence(Role.POLICY_MAKER,  45,   90));\n", ""));
    }

    @Test
    void unchangedValuesKeepTheirTextAndAnEmptyOptionalCellIsNull() throws IOException {
        String text = frozen("fees/policy.drl");
        TableSource bands = table(text, "fee-bands-by-annual-income");

        assertThat(written(text, bands, rows -> rows.get(4).set(1, 900000000L))).isEqualTo(text.replace(
                "insert(new IncomeBand(  250000000L,           null,    10000L));",
                "insert(new IncomeBand(  250000000L,     900000000L,    10000L));"));
        assertThat(written(text, bands, rows -> rows.get(3).set(1, null))).contains(
                "insert(new IncomeBand(   50000000L,           null,     5000L));");
    }

    @Test
    void aListKeepsItsCommentsMovesItsClosingWhenItsLastLineEmptiesAndWrapsAFullLine() throws IOException {
        String text = frozen("fees/global-south.drl");
        TableSource south = table(text, "countries-counted-as-the-global-south");
        String lastLine = "        Country.TV, Country.UA, Country.VC, Country.VE, Country.WS, Country.XK, Country.ZA));\n";

        assertThat(written(text, south, rows -> rows.add(List.of("UY")))).isEqualTo(text.replace(lastLine,
                "        Country.TV, Country.UA, Country.VC, Country.VE, Country.WS, Country.XK, Country.ZA,\n"
                        + "        Country.UY));\n"));
        String lowIncomeGone = written(text, south, rows -> rows.subList(0, 26).clear());
        assertThat(lowIncomeGone).contains("        // low income\n        // lower-middle income\n        Country.AO,")
                .doesNotContain("Country.AF").doesNotContain("Country.YE");
        String upperGone = written(text, south, rows -> rows.subList(rows.indexOf(List.of("AL")), rows.size()).clear());
        assertThat(upperGone).contains("        Country.ZM, Country.ZW));\n        // upper-middle income\nend")
                .doesNotContain("Country.ZA");
    }

    @Test
    void aListOnTheLineOfItsCallLosesItsFirstItemsWithoutLosingTheCall() throws IOException {
        String text = frozen("coalitions/policy.drl");
        TableSource kinds = table(text, "which-interactions-count-as-being-in-touch");

        assertThat(written(text, kinds, rows -> rows.subList(0, 3).clear())).contains(
                "    insert(ContactKinds.of(\n        InteractionKind.INTEL_UPDATE,");
        assertThatThrownBy(() -> written(text, kinds, List::clear)).isInstanceOf(InvalidInputException.class);
    }
}
