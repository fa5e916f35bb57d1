package cn.zhuanban.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.industry.ChainSegment;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import cn.zhuanban.industry.IndustryCommands.NodeForm;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.industry.NodeStatus;
import cn.zhuanban.talent.RecruitmentManagement;
import cn.zhuanban.talent.ServiceKind;
import cn.zhuanban.talent.TalentCommands.ServiceForm;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On a phone (390 px) the industry and talent lists are cards whose row actions lie on the screen: the link to a new
 * chain-based lead, a candidate's 编辑 and 应本人要求删除, a service's 编辑 and 办结, and a match's step choice (showing
 * its text) with its 记录 button. Before, they sat in table columns 440 to 730 px from the left edge.
 */
@IntegrationTest
class IndustryTalentPhoneBrowserTests extends BrowserTest {

    /** Every visible button, button-link and choice in the page's main part that reaches past the screen's edge. */
    private static final String OUTSIDE = """
            const width = document.documentElement.clientWidth;
            return [...document.querySelectorAll('main a.btn, main button, main select, main .gap-new-lead')]
                .filter(e => e.getClientRects().length > 0)
                .filter(e => { const r = e.getBoundingClientRect(); return r.left < 0 || r.right > width + 0.5; })
                .map(e => e.textContent.trim() + ' ' + Math.round(e.getBoundingClientRect().right));
            """;

    @Autowired
    IndustryManagement industry;

    @Autowired
    RecruitmentManagement recruitment;

    @Autowired
    UserDirectory directory;

    @Autowired
    CalendarManagement calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void rowActionsOfTheIndustryAndTalentListsLieOnAPhoneScreen() throws Exception {
        long chain = industry.createChain(new ChainForm(TestCodes.unique("手机链"), null, null, 0, 0));
        industry.addNode(
                chain,
                new NodeForm(ChainSegment.UPSTREAM, null, "药用辅料", "C2780", NodeStatus.MISSING, "本地尚无企业", null, 0, 0));
        long owner = directory.findByUsername("dispatch").orElseThrow().id();
        String service = TestCodes.unique("手机办结");
        recruitment.openService(
                new CurrentUser(1, "dispatch", "赵敏", null, null, DataScope.ALL, Set.of(), Set.copyOf(Permissions.ALL)),
                new ServiceForm(
                        ServiceKind.HOUSING,
                        null,
                        null,
                        owner,
                        calendar.administrative().addWorkingDays(LocalDate.now(clock), 5),
                        service,
                        0));
        long demand = jdbc.sql("select min(id) from talent_demand where status = 'OPEN'")
                .query(Long.class)
                .single();
        driver = Browser.start();
        Browser.login(driver, port, "dispatch");

        for (String path : List.of(
                "/industry/gaps?chainId=" + chain,
                "/industry/chains/" + chain,
                "/talent/candidates",
                "/talent/services?q=" + service,
                "/talent/demands/" + demand)) {
            driver.get(url(path));
            assertThat(driver.findElement(By.cssSelector("main .list-group")).isDisplayed())
                    .as(path)
                    .isTrue();
            assertThat((List<?>) driver.executeScript(OUTSIDE)).as(path).isEmpty();
        }

        driver.get(url("/talent/demands/" + demand));
        var step = driver.findElement(By.cssSelector("#match-cards select[name=step]"));
        assertThat(new Select(step).getFirstSelectedOption().getText()).isNotBlank();
        assertThat(step.getSize().getWidth()).isGreaterThan(100);
        assertThat(driver.findElements(By.cssSelector("#match-cards .match-part")))
                .isNotEmpty();

        driver.get(url("/industry/gaps?chainId=" + chain));
        driver.findElement(By.cssSelector("#gap-cards .gap-new-lead")).click();
        assertThat(driver.getCurrentUrl()).contains("/investment/leads/new");
    }
}
