package cn.zhuanban.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhuanban.IntegrationTest;
import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectManagement;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.serviceevaluation.EvaluationFilter;
import cn.zhuanban.serviceevaluation.EvaluationView;
import cn.zhuanban.serviceevaluation.SatisfactionRate;
import cn.zhuanban.serviceevaluation.ServiceEvaluationLedger;
import cn.zhuanban.serviceevaluation.ServiceRating;
import cn.zhuanban.shared.PageQuery;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's ratings of the last months: the ledger and the rates show something, one dissatisfied with reasons. */
@IntegrationTest
class DemoEvaluationsTests {

    @Autowired
    ServiceEvaluationLedger ledger;

    @Autowired
    EnterpriseManagement enterprises;

    @Autowired
    TaskForceManagement taskForces;

    @Autowired
    ProjectManagement projects;

    @Autowired
    UserDirectory directory;

    @Test
    void theDemoHasMonthsOfRatingsWithOneDissatisfiedThatSaysWhy() {
        CurrentUser dispatch = new ServiceFixtures(enterprises, taskForces, projects, directory).user("dispatch");
        EvaluationFilter dissatisfied = new EvaluationFilter(null, null, null, null, ServiceRating.DISSATISFIED);
        List<EvaluationView> rows = ledger.page(dissatisfied, dispatch, new PageQuery(0, 200)).content().stream()
                .filter(e -> e.projectName().equals("华瑞新材料高性能碳纤维项目"))
                .toList();
        assertThat(rows).singleElement().satisfies(e -> {
            assertThat(e.comment()).contains("土地供应");
            assertThat(e.month()).isEqualTo(ledger.thisMonth().minusMonths(2));
        });
        List<SatisfactionRate> rates =
                ledger.rates(EvaluationFilter.ofTaskForce(rows.getFirst().taskForceId()), dispatch);
        assertThat(rates).singleElement().satisfies(r -> assertThat(r.percent()).isLessThan(new BigDecimal("100")));
        assertThat(ledger.page(new EvaluationFilter(null, null, null, null, null), dispatch, new PageQuery(0, 1))
                        .totalElements())
                .isGreaterThanOrEqualTo(12);
    }
}
