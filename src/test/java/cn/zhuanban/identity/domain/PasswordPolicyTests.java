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
        assertThatCode(() -> policy.check("zhangsan", "Kestrel4")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("zhangsan", "kestrel4!")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("zhangsan", "KESTREL4!")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("zhangsan", "Kestrel!")).doesNotThrowAnyException();
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
    void refusesCommonPasswordsAndPasswordsOfLittleButRunsAndRepeats() {
        for (String trivial : new String[] {
            "Aaaaaaa1",
            "Abcd1234",
            "Abcdef12",
            "Password1",
            "P@ssw0rd",
            "Admin@123",
            "Welcome1",
            "Qwer1234",
            "1qaz2WSX",
            "1q2w3e4R",
            "Zyxw9876",
            "Asdf!@#$",
            "Aa111111!"
        }) {
            assertThatThrownBy(() -> policy.check("zhangsan", trivial))
                    .as(trivial)
                    .isInstanceOfSatisfying(
                            BusinessException.class,
                            e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.PASSWORD_TRIVIAL));
        }
        for (String fine : new String[] {
            "Zhuanban@2026", "Start#2026pw", "Chosen#Pass123", "Taken#Over2026", "Round#1pw2026", "Secret#1234ab"
        }) {
            assertThatCode(() -> policy.check("zhangsan", fine)).as(fine).doesNotThrowAnyException();
        }
    }

    @Test
    void aLongerConfiguredMinimumApplies() {
        PasswordPolicy strict = new PasswordPolicy(12);
        assertThatThrownBy(() -> strict.check("zhangsan", "Abcdef12!xy")).isInstanceOf(BusinessException.class);
        assertThatCode(() -> strict.check("zhangsan", "Kestrel42!xy")).doesNotThrowAnyException();
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
