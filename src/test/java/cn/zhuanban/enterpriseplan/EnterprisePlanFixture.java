package cn.zhuanban.enterpriseplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.ServiceFixtures;
import cn.zhuanban.enterpriseplan.PlanViews.PlanView;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.time.LocalDate;

/**
 * A new enterprise with a project led by "lead" and a draft plan made by the dispatcher, and the forms the enterprise
 * plan tests fill in.
 */
record EnterprisePlanFixture(ServiceFixtures fx, CurrentUser dispatch, long enterprise, long planId) {

    static EnterprisePlanFixture create(ServiceFixtures fx, EnterprisePlanManagement plans) {
        CurrentUser dispatch = fx.user("dispatch");
        long enterprise = fx.enterprise();
        fx.project(enterprise, null); // led by "lead"
        long planId = plans.create(enterprise, form("企业现状：厂房在建。", "诉求：用电增容。"), dispatch);
        return new EnterprisePlanFixture(fx, dispatch, enterprise, planId);
    }

    static void assertRefused(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
    }

    static PlanForm form(String situation, String needs) {
        return new PlanForm(situation, needs, "适用政策", "预期成效", null, 0);
    }

    static MeasureForm measure(String title, LocalDate deadline) {
        return new MeasureForm(title, null, null, deadline, "", "", "");
    }

    static MeasureForm measure(String title, LocalDate deadline, int version) {
        return new MeasureForm(title, null, null, deadline, "", "", "", version);
    }

    static int versionOf(PlanView plan, long measureId) {
        return plan.measures().stream()
                .filter(m -> m.id() == measureId)
                .findFirst()
                .orElseThrow()
                .version();
    }

    static MeasureForm links(String tickets, String items, String demands) {
        return new MeasureForm("链接措施", null, null, null, tickets, items, demands);
    }
}
