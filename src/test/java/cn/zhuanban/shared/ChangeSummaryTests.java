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

    @Test
    void aLongTypedTextChangedPastWhatIsShownStillNamesTheFieldCutShort() {
        String start = "示范豫资基金合作备注".repeat(3);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("note", ChangeSummary.typed(start + "原来的结尾"));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("note", ChangeSummary.typed(start + "新的结尾"));

        assertThat(ChangeSummary.between(before, after)).isEqualTo("note: " + start + "… → " + start + "…");
        assertThat(ChangeSummary.between(before, before)).isEqualTo("-");
    }

    @Test
    void personalDataIsNamedWhenItChangesButNotWritten() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("phone", ChangeSummary.personal("13800000000"));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("phone", ChangeSummary.personal("13900000000"));

        assertThat(ChangeSummary.between(before, after)).isEqualTo("phone: *** → ***");
    }
}
