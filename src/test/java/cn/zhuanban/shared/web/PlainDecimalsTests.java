package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.IntegrationTest;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.convert.ConversionService;
import tools.jackson.databind.json.JsonMapper;

/** Decimals as people write them, never with an exponent: bound from forms, printed into them, written as JSON. */
@IntegrationTest
class PlainDecimalsTests {

    private final PlainDecimals decimals = new PlainDecimals();

    @Autowired
    JsonMapper json;

    @Autowired
    ConversionService mvcConversionService;

    @Test
    void aNumberTypedWithAnExponentIsKeptAndPrintedInDigits() throws Exception {
        BigDecimal typed = decimals.parse("1e20", Locale.CHINA);

        assertThat(typed).isEqualByComparingTo("100000000000000000000");
        assertThat(typed.toString()).isEqualTo("100000000000000000000");
        assertThat(decimals.parse(" 12.50 ", Locale.CHINA).toString()).isEqualTo("12.50");
        assertThat(decimals.print(new BigDecimal("1E+3"), Locale.CHINA)).isEqualTo("1000");
        assertThat(mvcConversionService.convert("1.5e3", BigDecimal.class)).hasToString("1500");
    }

    @Test
    void anExponentTooLargeToWriteOutIsNoNumberAndIsNeverWrittenOut() {
        assertThatThrownBy(() -> decimals.parse("1e999999999", Locale.CHINA)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> decimals.parse("1e-999999999", Locale.CHINA))
                .isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> decimals.parse("1,000", Locale.CHINA)).isInstanceOf(NumberFormatException.class);
        assertThat(decimals.print(new BigDecimal("1E+999999999"), Locale.CHINA)).isEqualTo("1E+999999999");
    }

    @Test
    void theApisJsonWritesDecimalsInDigits() {
        assertThat(json.writeValueAsString(Map.of("amount", new BigDecimal("1E+3"))))
                .isEqualTo("{\"amount\":1000}");
    }
}
