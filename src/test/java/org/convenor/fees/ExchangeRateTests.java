package org.convenor.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ExchangeRateTests {

    @Test
    void anAmountIsConvertedToTheCentHalfToEven() {
        ExchangeRate shillings = new ExchangeRate("KES", "170");
        assertThat(shillings.inConvenorCurrency(new BigDecimal("12000000"))).isEqualByComparingTo("70588.24");
        assertThat(shillings.inConvenorCurrency(new BigDecimal("1700000000")).toPlainString()).isEqualTo("10000000");
        // 0.125 and 0.135 pounds: the half goes to the even cent, down once and up once.
        ExchangeRate one = new ExchangeRate("XXX", "1");
        assertThat(one.inConvenorCurrency(new BigDecimal("0.125"))).isEqualByComparingTo("0.12");
        assertThat(one.inConvenorCurrency(new BigDecimal("0.135"))).isEqualByComparingTo("0.14");
    }

    @Test
    void theRateIsWrittenAsTypedAndNeverAtOrBelowZero() {
        assertThat(new ExchangeRate("JPY", "0.0000061").rateText()).isEqualTo("0.0000061");
        assertThatThrownBy(() -> new ExchangeRate("KES", "0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The rate for KES must be above zero, not 0");
    }
}
