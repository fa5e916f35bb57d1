package cn.zhuanban.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.dashboard.WorkbenchItem.Row;
import cn.zhuanban.dashboard.WorkbenchItem.Urgency;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.ExtendedModelMap;

/**
 * A card with nothing behind it (待您评价 0, 久未跟进 0, 签约待转 0 filled a phone's screen) is named on one line
 * "以下事项暂无：…" instead, on every width; a card with a count, rows or a warning stays a card.
 */
@IntegrationTest
class WorkbenchQuietCardsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void zeroCardsWithoutRowsOrWarningGoOnTheQuietLine() {
        WorkbenchItem zero = new WorkbenchItem(1, "a", 0, "/a", Urgency.NORMAL, List.of());
        WorkbenchItem counted = new WorkbenchItem(2, "b", 3, "/b", Urgency.WARNING, List.of());
        WorkbenchItem warned = new WorkbenchItem(3, "c", 0, "/c", Urgency.WARNING, List.of());
        WorkbenchItem withRows = new WorkbenchItem(4, "d", 0, null, Urgency.NORMAL, List.of(new Row("x", "/x", null)));
        var controller = new WorkbenchController(List.of(user -> List.of(withRows, warned, counted, zero)));
        var model = new ExtendedModelMap();
        CurrentUser user = new CurrentUser(1, "u", "U", null, null, DataScope.ALL, Set.of("R"), Set.of());

        assertThat(controller.home(user, model)).isEqualTo("dashboard/workbench");
        assertThat(model.get("items")).isEqualTo(List.of(counted, warned, withRows));
        assertThat(model.get("quiet")).isEqualTo(List.of(zero));
    }

    @Test
    void theTaskForcesWorkbenchShowsNoCardWithAZero() throws Exception {
        String workbench = WebTestSupport.page(mvc, "taskforce", "/");
        Matcher counts = Pattern.compile("class=\"h1 mb-2 d-block\" href=\"[^\"]*\">(\\d+)<|class=\"h1 mb-2\">(\\d+)<")
                .matcher(workbench);
        int cards = 0;
        while (counts.find()) {
            cards++;
            String count = counts.group(1) != null ? counts.group(1) : counts.group(2);
            if (count.equals("0")) {
                // a zero that stays a card carries rows or a warning
                assertThat(workbench.substring(counts.start() - 400, counts.start()))
                        .containsAnyOf("bg-warning", "bg-danger");
            }
        }
        assertThat(cards).isPositive();
        assertThat(workbench).contains("id=\"workbench-quiet\"").contains("以下事项暂无");
    }
}
