package cn.zhuanban.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

    @Test
    void standardExampleIsValidWithWeightedSum831() {
        CreditCode code = CreditCode.parse("914403001922038216");

        assertThat(CreditCode.weightedSum("91440300192203821")).isEqualTo(831);
        assertThat(code.expectedCheckCharacter()).isEqualTo('6');
        assertThat(code.checkCharacterValid()).isTrue();
        assertThat(Warning.about(code)).isEmpty();
    }

    @Test
    void wrongCheckCharacterIsAcceptedWithAWarningNamingTheExpectedOne() {
        CreditCode code = CreditCode.parse("914403001922038217");

        assertThat(code.checkCharacterValid()).isFalse();
        assertThat(Warning.about(code)).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(Warning.CHECK_CHARACTER);
            assertThat(w.field()).isEqualTo("creditCode");
            assertThat(w.args()).containsExactly("7", "6");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "O", "Z", "S", "V"})
    void lettersOutsideTheAlphabetAreRefused(String letter) {
        assertThatThrownBy(() -> CreditCode.parse("91440300192203821" + letter))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).errorCode())
                .isEqualTo(ErrorCode.CREDIT_CODE_FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91440300192203821", "9144030019220382160", "91440300-922038216"})
    void wrongLengthOrCharactersAreRefused(String typed) {
        assertThatThrownBy(() -> CreditCode.parse(typed)).isInstanceOf(BusinessException.class);
    }

    @Test
    void blanksAndLowerCaseAreForgiven() {
        assertThat(CreditCode.parse(" 91410199ma45r2k7x" + CreditCode.checkCharacter("91410199MA45R2K7X") + " ")
                        .checkCharacterValid())
                .isTrue();
    }

    @Test
    void completingSeventeenCharactersGivesAValidCode() {
        CreditCode code = CreditCode.withCheckCharacter("91440300192203821");

        assertThat(code.value()).isEqualTo("914403001922038216");
        assertThat(code.checkCharacterValid()).isTrue();
    }

    @Test
    void sumThatIsAMultipleOf31GivesCheckCharacterZero() {
        // Σ = 0 gives (31 − 0) mod 31 = 0, not 31: the outer mod keeps the index inside the alphabet.
        assertThat(CreditCode.checkCharacter("00000000000000000")).isEqualTo('0');
    }
}
