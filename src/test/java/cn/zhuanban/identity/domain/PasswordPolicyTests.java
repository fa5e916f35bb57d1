package cn.zhuanban.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy(8);

    @Test
    void acceptsEightCharactersOfThreeClasses() {
        assertThatCode(() -> policy.check("zhangsan", "Abcdef12")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("zhangsan", "abcdef1!")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("zhangsan", "ABCDEF1!")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("zhangsan", "Abcdefg!")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("zhangsan", "Zhuanban@2026")).doesNotThrowAnyException();
    }

    @Test
    void refusesPasswordsShorterThanTheMinimum() {
        assertWeak("zhangsan", "Abc12!x");
        assertWeak("zhangsan", "");
        assertWeak("zhangsan", null);
    }

    @Test
    void refusesPasswordsOfFewerThanThreeClasses() {
        assertWeak("zhangsan", "abcdefgh");
        assertWeak("zhangsan", "abcdefg1");
        assertWeak("zhangsan", "ABCDEFG!");
        assertWeak("zhangsan", "12345678!");
        assertWeak("zhangsan", "Abcdefgh");
    }

    @Test
    void whitespaceIsNoSymbol() {
        assertWeak("zhangsan", "abcd efg1");
    }

    @Test
    void refusesPasswordsContainingTheUsernameInAnyCase() {
        assertWeak("zhangsan", "Zhangsan@1");
        assertWeak("zhangsan", "1!ZHANGSAN");
        assertWeak("Wang", "xWANGx12!");
    }

    @Test
    void aLongerConfiguredMinimumApplies() {
        PasswordPolicy strict = new PasswordPolicy(12);
        assertThatThrownBy(() -> strict.check("zhangsan", "Abcdef12!xy")).isInstanceOf(BusinessException.class);
        assertThatCode(() -> strict.check("zhangsan", "Abcdef12!xyz")).doesNotThrowAnyException();
    }

    @Test
    void theRefusalSaysTheMinimumLengthAndNamesTheField() {
        assertThatThrownBy(() -> policy.check("zhangsan", "short"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.PASSWORD_WEAK);
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.args()).containsExactly(8);
                });
    }

    private void assertWeak(String username, String password) {
        assertThatThrownBy(() -> policy.check(username, password))
                .as(password)
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PASSWORD_WEAK));
    }
}
