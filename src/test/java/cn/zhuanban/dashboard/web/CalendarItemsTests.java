package cn.zhuanban.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** The calendar keeper's workbench card: shown while a needed year's holiday arrangement is missing, to him only. */
@IntegrationTest
class CalendarItemsTests {

    static final CurrentUser KEEPER = new CurrentUser(
            1, "sysadmin", "系统管理员", null, null, DataScope.ALL, Set.of(), Set.of(Permissions.CALENDAR_EDIT));

    @Autowired
    CalendarManagement calendar;

    @Autowired
    MessageSource messages;

    @Test
    void inNovemberTheKeeperIsToldNextYearIsMissingAndWhereToAddIt() {
        List<WorkbenchItem> items = itemsOn("2046-11-20", KEEPER);
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.count()).isEqualTo(2);
            assertThat(item.rows())
                    .extracting(WorkbenchItem.Row::link)
                    .containsExactly("/calendar?year=2046", "/calendar?year=2047");
            assertThat(item.rows().getFirst().label()).contains("2046").doesNotContain("2,046");
        });
    }

    @Test
    void nothingShowsWhenTheYearsAreInOrForOthers() {
        assertThat(itemsOn("2026-06-01", KEEPER)).isEmpty();
        CurrentUser reader = new CurrentUser(
                2, "auditor", "审计员", null, null, DataScope.ALL, Set.of(), Set.of(Permissions.CALENDAR_VIEW));
        assertThat(itemsOn("2046-11-20", reader)).isEmpty();
    }

    private List<WorkbenchItem> itemsOn(String day, CurrentUser user) {
        Clock clock = Clock.fixed(Instant.parse(day + "T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
        return new CalendarItems(calendar, messages, clock).itemsFor(user);
    }
}
