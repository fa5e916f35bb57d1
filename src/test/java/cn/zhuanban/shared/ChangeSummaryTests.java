package cn.zhuanban.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeSummaryTests {

    @Test
    void aValueThatWasOrIsNoLongerSetShowsAsADashNotNull() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("phone", null);
        before.put("email", "a@example.cn");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("phone", "13800000000");
        after.put("email", null);

        assertThat(ChangeSummary.between(before, after))
                .isEqualTo("phone: — → 13800000000; email: a@example.cn → —")
                .doesNotContain("null");
    }
}
