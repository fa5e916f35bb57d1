package cn.zhuanban.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectCodeTests {

    @Test
    void acceptsTheNationalFormat() {
        assertThat(ProjectCode.parseOptional(" 2024-410199-27-03-015832 ").value())
                .isEqualTo("2024-410199-27-03-015832");
    }

    @Test
    void noCodeIsAllowedForProjectsThatHaveNoneYet() {
        assertThat(ProjectCode.parseOptional(null)).isNull();
        assertThat(ProjectCode.parseOptional("  ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "202441019927030158 32",
                "2024-410199-27-03-01583",
                "2024-410199-27-03-0158321",
                "2024-41019-927-03-015832",
                "2024/410199/27/03/015832",
                "2024-410199-27-03-01583A",
                "２０２４-410199-27-03-015832"
            })
    void refusesAnythingElseNamingTheField(String typed) {
        assertThatThrownBy(() -> ProjectCode.parseOptional(typed))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ErrorCode.PROJECT_CODE_FORMAT);
                    assertThat(e.field()).isEqualTo("projectCode");
                });
    }
}
