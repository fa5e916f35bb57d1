package cn.zhuanban.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.TestCodes;
import cn.zhuanban.WebTestSupport;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.talent.TalentCommands.DemandForm;
import cn.zhuanban.talent.TalentViews.DemandView;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 到岗时间 rule sits in the service, so every path keeps it: a new demand, or an open one given another date, is
 * needed today or later; a demand whose date has gone by keeps it when edited without changing it; a closed one is
 * only recorded. Dates come from the clock, never from a fixed day.
 */
@IntegrationTest
class DemandNeededByRuleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TalentManagement talent;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theServiceRefusesANewDemandNeededOnADayGoneBy() {
        String position = TestCodes.unique("过去到岗岗位");

        assertThatThrownBy(
                        () -> talent.createDemand(TalentDataScopeTests.STAFF, form(position, today().minusDays(1), 0)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("neededBy"));
        assertThat(count(position)).isZero();
    }

    @Test
    void theServiceRefusesAnOpenDemandMovedToADayGoneByAndTheEditPageSaysSo() throws Exception {
        String position = TestCodes.unique("改到过去岗位");
        long id = talent.createDemand(TalentDataScopeTests.STAFF, form(position, today().plusDays(10), 0));
        DemandView stored = demand(id);

        assertThatThrownBy(() -> talent.editDemand(
                        TalentDataScopeTests.STAFF, id, form(position, today().minusDays(1), stored.version())))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.field()).isEqualTo("neededBy"));

        String page = mvc.perform(post("/talent/demands/" + id)
                        .session(WebTestSupport.login(mvc, "dispatch"))
                        .with(csrf())
                        .param("enterpriseId", Long.toString(stored.enterpriseId()))
                        .param("position", position)
                        .param("headcount", "2")
                        .param("education", "BACHELOR")
                        .param("discipline", "药学")
                        .param("minYears", "1")
                        .param("urgency", "NORMAL")
                        .param("neededBy", today().minusDays(1).toString())
                        .param("version", Integer.toString(stored.version())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("已经过去");
        assertThat(demand(id).neededBy()).isEqualTo(today().plusDays(10));
        assertThat(demand(id).version()).isEqualTo(stored.version());
    }

    @Test
    void aDemandWhoseDateHasGoneByKeepsItWhenOtherwiseEdited() {
        String position = TestCodes.unique("已过到岗岗位");
        long id = talent.createDemand(TalentDataScopeTests.STAFF, form(position, today(), 0));
        LocalDate gone = today().minusDays(20);
        // The date passed while the demand stayed open (the service would not take it now).
        jdbc.sql("update talent_demand set needed_by = ? where id = ?")
                .params(gone, id)
                .update();

        talent.editDemand(
                TalentDataScopeTests.STAFF,
                id,
                form(position + "改", gone, demand(id).version()));

        assertThat(demand(id).position()).isEqualTo(position + "改");
        assertThat(demand(id).neededBy()).isEqualTo(gone);
    }

    @Test
    void aClosedDemandMayRecordTheDayItWasNeededBy() {
        String position = TestCodes.unique("已关闭岗位");
        long id = talent.createDemand(TalentDataScopeTests.STAFF, form(position, today(), 0));
        talent.setDemandStatus(TalentDataScopeTests.STAFF, id, DemandStatus.CLOSED);
        LocalDate gone = today().minusDays(5);

        talent.editDemand(
                TalentDataScopeTests.STAFF, id, form(position, gone, demand(id).version()));

        assertThat(demand(id).neededBy()).isEqualTo(gone);
    }

    private DemandView demand(long id) {
        return talent.demand(TalentDataScopeTests.STAFF, id);
    }

    private long count(String position) {
        return jdbc.sql("select count(*) from talent_demand where position = ?")
                .param(position)
                .query(Long.class)
                .single();
    }

    private DemandForm form(String position, LocalDate neededBy, int version) {
        long enterprise =
                jdbc.sql("select min(id) from enterprise").query(Long.class).single();
        return new DemandForm(
                enterprise,
                null,
                position,
                2,
                Education.BACHELOR,
                "药学",
                1,
                null,
                null,
                Urgency.NORMAL,
                neededBy,
                null,
                null,
                version);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
