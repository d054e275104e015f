package org.convenor.engine.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.convenor.FrozenPolicy;
import org.convenor.TempRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of typo staff make in a rule file is reported at the line of the mistake, in plain words, with
 * Drools' own text kept as the detail. The header below is five lines, so a rule written after it starts on
 * line 6.
 */
class CompileErrorsTests {

    static final String HEADER = """
            package demo;
            import org.convenor.network.Member;
            import org.convenor.network.Role;
            import org.convenor.network.Country;
            import org.convenor.relationships.Cadence;
            """;

    @TempDir
    Path folder;

    final RuleSetCompiler compiler = new RuleSetCompiler();

    // ------------------------------------------------------------------------------------ actions (then)

    @Test
    void aMissingCommaInATableRowIsOnItsRowNotTheRuleHeader() throws Exception {
        CompileError error = theError("""
                rule "Cadence"
                when
                then
                    insert(new Cadence(Role.PARTNER,     60, 90));
                    insert(new Cadence(Role.JOURNALIST,  60 90));
                    insert(new Cadence(Role.DONOR,       60, 90));
                end
                """);

        assertThat(error.file()).isEqualTo("demo/typo.drl");
        assertThat(error.line()).isEqualTo(10);
        assertThat(error.message()).isEqualTo("a comma seems to be missing before '90'");
        assertThat(error.detail()).isEqualTo("Syntax error on token \"90\", delete this token");
    }

    @Test
    void aMissingCommaAtTheEndOfALineIsOnThatLine() throws Exception {
        CompileError error = theError("""
                rule "Countries"
                when
                then
                    insert(java.util.List.of(
                        Country.KE, Country.UG
                        Country.TZ));
                end
                """);

        assertThat(error.line()).isEqualTo(10);
        assertThat(error.message()).isEqualTo("a comma seems to be missing at the end of this line (before 'Country'"
                + " on line 11)");
        assertThat(error.detail()).contains("Syntax error on token \"Country\"");
    }

    @Test
    void aMissingCommaInARowWrittenOverSeveralLinesIsReportedOnce() throws Exception {
        CompileError error = theError("""
                rule "Cadence"
                when
                then
                    insert(new Cadence(Role.PARTNER,
                        30
                        60));
                end
                """);

        assertThat(error.line()).isEqualTo(10);
        assertThat(error.message()).isEqualTo("a comma seems to be missing at the end of this line (before '60' on"
                + " line 11)");
    }

    @Test
    void aMissingPlusOrCommaInTextIsNamed() throws Exception {
        CompileError error = theError("""
                rule "Text"
                when
                    $m : Member()
                then
                    insert("Member " $m.id());
                end
                """);

        assertThat(error.line()).isEqualTo(10);
        assertThat(error.message()).isEqualTo("a comma or a '+' seems to be missing before '$m'");
    }

    @Test
    void anUnknownCountryCodeIsNamedWithTheCodesItMightBe() throws Exception {
        CompileError error = theError("""
                rule "Countries"
                when
                then
                    insert(Country.KE);
                    insert(Country.KEE);
                end
                """);

        assertThat(error.line()).isEqualTo(10);
        assertThat(error.message())
                .isEqualTo("'KEE' is not a known country (Country.KEE); did you mean Country.EE or Country.KE?");
        assertThat(error.detail()).isEqualTo("KEE cannot be resolved or is not a field");
    }

    @Test
    void twoMistakesInOneRuleAreEachOnTheirOwnLine() throws Exception {
        List<CompileError> errors = errors("""
                rule "Lists"
                when
                then
                    insert(java.util.List.of(
                        Country.KE,
                        Country.KEE,
                        Role.JOURNALST));
                end
                """);

        assertThat(errors).extracting(CompileError::line, CompileError::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(11,
                        "'KEE' is not a known country (Country.KEE); did you mean Country.EE or Country.KE?"),
                org.assertj.core.groups.Tuple.tuple(12,
                        "'JOURNALST' is not a known role (Role.JOURNALST); did you mean Role.JOURNALIST?"));
    }

    @Test
    void anUndefinedVariableInAnActionIsNamed() throws Exception {
        CompileError error = theError("""
                rule "Greet"
                when
                    $member : Member()
                then
                    insert("Hello " + $membr.name());
                end
                """);

        assertThat(error.line()).isEqualTo(10);
        assertThat(error.message()).isEqualTo("'$membr' is not defined in this rule; did you mean $member?");
        assertThat(error.detail()).startsWith("$membr cannot be resolved");
    }

    @Test
    void aMisspeltTypeInAnActionIsNamed() throws Exception {
        CompileError error = theError("""
                rule "Cadence"
                when
                then
                    insert(new Cadnce(Role.PARTNER, 30, 60));
                end
                """);

        assertThat(error.line()).isEqualTo(9);
        assertThat(error.message()).isEqualTo("'Cadnce' is not a known fact type; did you mean Cadence?");
    }

    @Test
    void aMisspeltFieldInAnActionIsNamed() throws Exception {
        CompileError error = theError("""
                rule "Name"
                when
                    $m : Member()
                then
                    insert($m.nme());
                end
                """);

        assertThat(error.line()).isEqualTo(10);
        assertThat(error.message()).isEqualTo("'nme' is not a field of Member; did you mean name?");
        assertThat(error.detail()).isEqualTo("The method nme() is undefined for the type Member");
    }

    @Test
    void aMisspeltActionIsNamed() throws Exception {
        CompileError error = theError("""
                rule "Insert"
                when
                then
                    insrt("a");
                end
                """);

        assertThat(error.line()).isEqualTo(9);
        assertThat(error.message()).isEqualTo("'insrt' is not a known action; did you mean insert?");
    }

    @Test
    void anUnclosedParenthesisInAnActionIsOnItsLine() throws Exception {
        CompileError error = theError("""
                rule "Cadence"
                when
                then
                    insert(new Cadence(Role.PARTNER, 30, 60);
                end
                """);

        assertThat(error.line()).isEqualTo(9);
        assertThat(error.message()).isEqualTo("a parenthesis opened on this line is never closed: add ')'");
        assertThat(error.detail()).isEqualTo("Syntax error, insert \")\" to complete Expression");
    }

    @Test
    void anExtraParenthesisInAnActionIsOnItsLine() throws Exception {
        CompileError error = theError("""
                rule "Cadence"
                when
                then
                    insert(new Cadence(Role.PARTNER, 30, 60)));
                end
                """);

        assertThat(error.line()).isEqualTo(9);
        assertThat(error.message()).isEqualTo("there is one ')' too many on this line");
    }

    @Test
    void aMissingSemicolonIsAtTheEndOfItsLine() throws Exception {
        CompileError error = theError("""
                rule "Two"
                when
                then
                    insert("a")
                    insert("b");
                end
                """);

        assertThat(error.line()).isEqualTo(9);
        assertThat(error.message()).isEqualTo("a ';' seems to be missing at the end of this line");
    }

    @Test
    void aRowWithAValueTooFewSaysWhatTheFactTakes() throws Exception {
        CompileError error = theError("""
                rule "Cadence"
                when
                then
                    insert(new Cadence(Role.PARTNER, 30, 60));
                    insert(new Cadence(Role.JOURNALIST, 60));
                end
                """);

        assertThat(error.line()).isEqualTo(10);
        assertThat(error.message()).isEqualTo(
                "new Cadence(...) is given 2 values (Role, int), but it takes (role, keyDays, standardDays)");
    }

    @Test
    void anExtraCommaIsNamed() throws Exception {
        CompileError error = theError("""
                rule "Cadence"
                when
                then
                    insert(new Cadence(Role.PARTNER, , 60));
                end
                """);

        assertThat(error.line()).isEqualTo(9);
        assertThat(error.message()).isEqualTo("there is a comma too many on this line, or a value missing between two"
                + " commas");
    }

    // ---------------------------------------------------------------------------------- conditions (when)

    @Test
    void aMissingCommaInAPatternIsNamed() throws Exception {
        CompileError error = theError("""
                rule "Named"
                when
                    $m : Member($id : id name == "x")
                then
                end
                """);

        assertThat(error.line()).isEqualTo(8);
        assertThat(error.message()).isEqualTo("a comma seems to be missing before 'name'");
        assertThat(error.detail()).contains("mismatched input 'name'");
    }

    @Test
    void aMissingCommaAtTheEndOfAPatternLineIsOnThatLine() throws Exception {
        CompileError error = theError("""
                rule "Named"
                when
                    $m : Member($id : id,
                        name == "x"
                        country == "KE")
                then
                end
                """);

        assertThat(error.line()).isEqualTo(9);
        assertThat(error.message()).isEqualTo("a comma seems to be missing at the end of this line (before 'country'"
                + " on line 10)");
    }

    @Test
    void aMisspeltFactTypeIsNamedWithTheTypeItMightBe() throws Exception {
        CompileError error = theError("""
                rule "Members"
                when
                    $m : Membr()
                then
                end
                """);

        assertThat(error.line()).isEqualTo(8);
        assertThat(error.message()).isEqualTo("'Membr' is not a known fact type; did you mean Member?");
        assertThat(error.detail()).isEqualTo("Unable to resolve ObjectType 'Membr'");
    }

    @Test
    void aMisspeltFieldIsNamedWithTheFieldItMightBe() throws Exception {
        CompileError error = theError("""
                rule "Named"
                when
                    $m : Member(nme == "x")
                then
                end
                """);

        assertThat(error.line()).isEqualTo(8);
        assertThat(error.message()).isEqualTo("'nme' is not a field of Member; did you mean name?");
        assertThat(error.detail()).startsWith("Unable to Analyse Expression nme == \"x\"");
    }

    @Test
    void anUnknownConstantIsOnItsLineThoughDroolsLosesIt() throws Exception {
        CompileError error = theError("""
                rule "Journalists"
                when
                    $m : Member(
                        id != null,
                        roles contains Role.JOURNALST)
                then
                end
                """);

        assertThat(error.line()).isEqualTo(10);
        assertThat(error.message())
                .isEqualTo("'JOURNALST' is not a known role (Role.JOURNALST); did you mean Role.JOURNALIST?");
        assertThat(error.detail()).contains("Role.JOURNALST()");
    }

    @Test
    void anUndefinedVariableInAConditionIsNamed() throws Exception {
        CompileError error = theError("""
                rule "Pairs"
                when
                    $m : Member($id : id)
                    Member(id == $idd)
                then
                end
                """);

        assertThat(error.line()).isEqualTo(9);
        assertThat(error.message()).isEqualTo("'$idd' is not defined in this rule; did you mean $id?");
    }

    @Test
    void anUnclosedQuoteInAConditionIsOnItsLine() throws Exception {
        CompileError error = theError("""
                rule "Named"
                when
                    $m : Member(name == "x)
                then
                    insert("a");
                end
                """);

        assertThat(error.line()).isEqualTo(8);
        assertThat(error.message()).isEqualTo("this quote is never closed: add the closing \" where the text ends");
        assertThat(error.detail()).contains("mismatched input");
    }

    @Test
    void anUnclosedQuoteInAnActionIsOnItsLine() throws Exception {
        CompileError error = theError("""
                rule "Greet"
                when
                    $m : Member()
                then
                    insert("Hello + $m.name());
                end
                """);

        assertThat(error.line()).isEqualTo(10);
        assertThat(error.message()).isEqualTo("this quote is never closed: add the closing \" where the text ends");
    }

    @Test
    void anUnclosedParenthesisInAConditionIsOnTheLineItOpens() throws Exception {
        CompileError error = theError("""
                rule "Named"
                when
                    $m : Member(name == "x"
                then
                end
                """);

        assertThat(error.line()).isEqualTo(8);
        assertThat(error.message()).isEqualTo("a parenthesis opened on this line is never closed: add ')'");
        assertThat(error.detail()).contains("mismatched input 'then'");
    }

    @Test
    void anExtraParenthesisInAConditionIsOnItsLine() throws Exception {
        CompileError error = theError("""
                rule "Named"
                when
                    $m : Member(name == "x"))
                then
                end
                """);

        assertThat(error.line()).isEqualTo(8);
        assertThat(error.message()).isEqualTo("there is one ')' too many on this line");
    }

    @Test
    void aMisspeltOperatorIsNamed() throws Exception {
        CompileError error = theError("""
                rule "Journalists"
                when
                    $m : Member(roles contain Role.JOURNALIST)
                then
                end
                """);

        assertThat(error.line()).isEqualTo(8);
        assertThat(error.message()).isEqualTo("'contain' is not a known operator; did you mean 'contains'?");
    }

    @Test
    void aSingleEqualsInAConditionIsNamed() throws Exception {
        CompileError error = theError("""
                rule "Named"
                when
                    $m : Member(name = "x")
                then
                end
                """);

        assertThat(error.line()).isEqualTo(8);
        assertThat(error.message()).isEqualTo("a condition compares with '==', not '='");
    }

    @Test
    void aCommaTooManyInAPatternIsNamed() throws Exception {
        CompileError error = theError("""
                rule "Named"
                when
                    $m : Member(name == "x",)
                then
                end
                """);

        assertThat(error.line()).isEqualTo(8);
        assertThat(error.message()).isEqualTo("there is a comma too many before ')'");
    }

    // ------------------------------------------------------------------------------------------ structure

    @Test
    void aMissingEndIsAfterTheRulesLastLineNotWhereTheParserGotLost() throws Exception {
        CompileError error = theError("""
                rule "First"
                when
                then
                    insert("a");

                rule "Second"
                when
                then
                    insert("b");
                end
                """);

        assertThat(error.line()).isEqualTo(9);
        assertThat(error.message()).isEqualTo("rule \"First\" has no 'end': add 'end' on the line after this one");
        assertThat(error.detail()).contains("Line 14:4");
    }

    @Test
    void aMissingEndAtTheEndOfTheFileIsNamed() throws Exception {
        CompileError error = theError("""
                rule "Only"
                when
                then
                    insert("a");
                """);

        assertThat(error.line()).isEqualTo(9);
        assertThat(error.message()).isEqualTo("rule \"Only\" has no 'end': add 'end' on the line after this one");
    }

    @Test
    void aMisspeltEndIsNamed() throws Exception {
        CompileError error = theError("""
                rule "First"
                when
                then
                    insert("a");
                ed

                rule "Second"
                when
                then
                end
                """);

        assertThat(error.line()).isEqualTo(10);
        assertThat(error.message()).isEqualTo("'ed' should probably be 'end'");
    }

    @Test
    void aMissingThenIsBeforeTheFirstAction() throws Exception {
        CompileError error = theError("""
                rule "No then"
                when
                    $m : Member()
                    insert("a");
                end
                """);

        assertThat(error.line()).isEqualTo(9);
        assertThat(error.message()).isEqualTo("'then' seems to be missing before this line: conditions go between"
                + " 'when' and 'then', actions like this one after 'then'");
    }

    @Test
    void aMisspeltThenIsNamed() throws Exception {
        CompileError error = theError("""
                rule "Thn"
                when
                    $m : Member()
                thn
                    insert("a");
                end
                """);

        assertThat(error.line()).isEqualTo(9);
        assertThat(error.message()).isEqualTo("'thn' should probably be 'then'");
    }

    @Test
    void aMisspeltWhenIsNamed() throws Exception {
        CompileError error = theError("""
                rule "Whn"
                whn
                    $m : Member()
                then
                end
                """);

        assertThat(error.line()).isEqualTo(7);
        assertThat(error.message()).isEqualTo("'whn' is not a keyword; did you mean 'when'?");
        assertThat(error.detail()).isEqualTo("[ERR 102] Line 7:0 mismatched input 'whn' in rule \"Whn\"");
    }

    @Test
    void aMisspeltRuleIsNamed() throws Exception {
        CompileError error = theError("""
                rul "Rul"
                when
                then
                end
                """);

        assertThat(error.line()).isEqualTo(6);
        assertThat(error.message()).isEqualTo("'rul' is not a keyword; did you mean 'rule'?");
    }

    @Test
    void aMisspeltNotIsNamed() throws Exception {
        CompileError error = theError("""
                rule "Nto"
                when
                    $m : Member()
                    nto Member(id == "x")
                then
                end
                """);

        assertThat(error.line()).isEqualTo(9);
        assertThat(error.message()).isEqualTo("'nto' is not a keyword; did you mean 'not'?");
    }

    @Test
    void aMisspeltImportIsOnItsLine() throws Exception {
        List<CompileError> errors = errorsOf("""
                package demo;
                import org.convenor.network.Member;
                import org.convenor.network.Rol;

                rule "R"
                when
                    $m : Member()
                then
                end
                """);

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).isEqualTo("there is no type org.convenor.network.Rol to import: check its"
                    + " spelling");
            assertThat(error.detail()).isEqualTo("Error importing : 'org.convenor.network.Rol'");
        });
    }

    @Test
    void theNoiseAfterAParserErrorIsDropped() throws Exception {
        List<CompileError> errors = errors("""
                rule "Named"
                when
                    $m : Member(name == "x)
                then
                    insert("a");
                end
                """);

        assertThat(errors).hasSize(1);
        assertThat(errors).extracting(CompileError::message).noneMatch(m -> m.contains("null Package"));
    }

    // --------------------------------------------------------------------------------- the real policy

    @Test
    void noRuleFileOfTheDefaultPolicyLooksBrokenToTheStructureCheck() throws Exception {
        try (Stream<Path> files = Files.walk(FrozenPolicy.RULES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".drl")).toList()) {
                assertThat(new DrlSource(Files.readString(file)).structuralMistake()).as(file.toString()).isEmpty();
            }
        }
    }

    @Test
    void aMissingCommaInTheFeeTableIsOnItsRow(@TempDir Path root) {
        TempRules rules = TempRules.copy(root);
        rules.editRule("fees/policy.drl", "10000000L,      50000000L,", "10000000L       50000000L,");

        RuleSetCompilationException thrown = catchThrowableOfType(RuleSetCompilationException.class,
                () -> compiler.compile("fees", rules.rules().resolve("fees")));

        assertThat(thrown.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("fees/policy.drl");
            assertThat(error.line()).isEqualTo(21);
            assertThat(error.message()).isEqualTo("a comma seems to be missing before '50000000L'");
            assertThat(error.detail()).isEqualTo("Syntax error on token \"50000000L\", delete this token");
        });
        assertThat(thrown.getMessage()).contains("fees/policy.drl:21: a comma seems to be missing before '50000000L'");
    }

    @Test
    void theJournalistCadenceTypoFromTheIssueIsOnItsRow(@TempDir Path root) {
        TempRules rules = TempRules.copy(root);
        rules.editRule("relationships/policy.drl", "Role.JOURNALIST,    60,   90", "Role.JOURNALIST,    60    90");

        RuleSetCompilationException thrown = catchThrowableOfType(RuleSetCompilationException.class,
                () -> compiler.compile("relationships", rules.rules().resolve("relationships")));

        assertThat(thrown.errors()).singleElement().satisfies(error -> {
            assertThat(error.file()).isEqualTo("relationships/policy.drl");
            assertThat(error.line()).as("the JOURNALIST row, not the rule's header (21)").isEqualTo(28);
            assertThat(error.message()).isEqualTo("a comma seems to be missing before '90'");
        });
    }

    // ------------------------------------------------------------------------------------------- helpers

    private CompileError theError(String rules) throws Exception {
        List<CompileError> errors = errors(rules);
        assertThat(errors).as("one error for one typo").hasSize(1);
        return errors.get(0);
    }

    private List<CompileError> errors(String rules) throws Exception {
        return errorsOf(HEADER + rules);
    }

    private List<CompileError> errorsOf(String drl) throws Exception {
        Path rules = folder.resolve("demo");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("typo.drl"), drl);
        RuleSetCompilationException thrown = catchThrowableOfType(RuleSetCompilationException.class,
                () -> compiler.compile("demo", rules));
        assertThat(thrown).as("the typo stops the rule set compiling").isNotNull();
        assertThat(thrown.errors()).allSatisfy(error -> assertThat(error.file()).isEqualTo("demo/typo.drl"));
        return thrown.errors();
    }
}
