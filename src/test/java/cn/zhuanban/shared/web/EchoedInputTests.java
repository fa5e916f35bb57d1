package cn.zhuanban.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A refused value is repeated in its message at most 30 characters long, then an ellipsis. */
class EchoedInputTests {

    @Test
    void aShortValueIsRepeatedAsTyped() {
        assertThat(FormErrors.shortened("abc")).isEqualTo("abc");
        assertThat(FormErrors.shortened("x".repeat(30))).isEqualTo("x".repeat(30));
        assertThat(FormErrors.shortened(null)).isNull();
    }

    @Test
    void aLongValueIsCutAfterThirtyCharactersWithAnEllipsis() {
        assertThat(FormErrors.shortened("x".repeat(5000))).isEqualTo("x".repeat(30) + "…");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverCutInHalf() {
        String typed = "𠀀".repeat(40); // each is two UTF-16 units
        assertThat(FormErrors.shortened(typed)).isEqualTo("𠀀".repeat(30) + "…");
    }

    @Test
    void severalValuesOfOneFieldAreRepeatedTogether() {
        assertThat(FormErrors.shortened(new String[] {"a", "b"})).isEqualTo("a,b");
    }
}
