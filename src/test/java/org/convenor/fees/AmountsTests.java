package org.convenor.fees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class AmountsTests {

    static String asDecimalFormatWritesIt(BigDecimal value) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }

    @Test
    void amountsAreWrittenWithThousandsSeparatorsAndAtMostTwoDecimals() {
        assertThat(Amounts.text(new BigDecimal("30000000"))).isEqualTo("30,000,000");
        assertThat(Amounts.text(new BigDecimal("0.5"))).isEqualTo("0.5");
        assertThat(Amounts.text(new BigDecimal("2.5E+2"))).isEqualTo("250");
        assertThat(Amounts.text(new BigDecimal("1000.00"))).isEqualTo("1,000");
        assertThat(Amounts.text(new BigDecimal("999.995"))).isEqualTo("1,000");
        assertThat(Amounts.text(12)).isEqualTo("12");
    }

    @Test
    void asADecimalFormatWouldWriteThem() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextLong(1_000_000_000_000L), random.nextInt(7));
            if (random.nextInt(10) == 0) {
                value = value.negate();
            }
            assertThat(Amounts.text(value)).as("%s", value).isEqualTo(asDecimalFormatWritesIt(value));
        }
        for (String edge : new String[] {"0", "0.001", "0.005", "0.015", "0.025", "1", "12", "123", "1234", "12345.675",
            "100000", "999999.999", "1E+15", "0.10", "5E-7"}) {
            assertThat(Amounts.text(new BigDecimal(edge))).as(edge).isEqualTo(asDecimalFormatWritesIt(new BigDecimal(edge)));
        }
    }
}
