package cn.zhuanban.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhuanban.TestCodes;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.industry.ChainSegment;
import cn.zhuanban.industry.IndustryCommands.ChainForm;
import cn.zhuanban.industry.IndustryCommands.NodeForm;
import cn.zhuanban.industry.IndustryManagement;
import cn.zhuanban.industry.NodeStatus;
import cn.zhuanban.investment.InvestmentCommands.LeadForm;
import cn.zhuanban.investment.InvestmentCommands.StageMove;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/**
 * What the tests of a lead's conversion into a key project share: chain leads signed over the last days, a missing
 * chain node for them, the conversion's form and staff users with every permission.
 */
final class LeadConversionFixtures {

    /** The platform's days are the district's (Asia/Shanghai), not the JVM's. */
    static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    private LeadConversionFixtures() {}

    /** A chain lead of {@code company} owned by {@code owner}, received 30 days ago and signed yesterday. */
    static long signedLead(InvestmentManagement investment, CurrentUser user, String company, long node, long owner) {
        LeadForm form = leadForm(company, node, owner);
        long lead = investment.createLead(
                user,
                new LeadForm(
                        form.targetCompany(),
                        form.channel(),
                        null,
                        null,
                        node,
                        null,
                        form.expectedInvestment(),
                        200,
                        owner,
                        null,
                        null,
                        null,
                        LocalDate.now(DISTRICT).minusDays(30),
                        0));
        LeadStage[] path = {LeadStage.CONTACTED, LeadStage.NEGOTIATING, LeadStage.SIGNED};
        for (int i = 0; i < path.length; i++) {
            investment.move(
                    user,
                    lead,
                    new StageMove(
                            path[i],
                            LocalDate.now(DISTRICT).minusDays(path.length - i),
                            null,
                            investment.lead(user, lead).version()));
        }
        return lead;
    }

    static long signedLead(InvestmentManagement investment, CurrentUser user, String company, long node) {
        return signedLead(investment, user, company, node, user.id());
    }

    static LeadForm leadForm(String company, Long node, long owner) {
        return new LeadForm(
                company,
                LeadChannel.CHAIN,
                null,
                null,
                node,
                null,
                new BigDecimal("30000"),
                200,
                owner,
                null,
                null,
                null,
                null,
                0);
    }

    /** The conversion's form as a service caller fills it: no lead official, which only the page requires. */
    static KeyProjectForm form(String name, InvestmentViews.LeadView lead) {
        return new KeyProjectForm(
                name,
                null,
                null,
                lead.row().targetCompany(),
                TestCodes.creditCode(),
                ProjectLevel.DISTRICT,
                ProjectStage.PRE_CONSTRUCTION,
                lead.row().expectedInvestment(),
                LocalDate.now(DISTRICT),
                LocalDate.now(DISTRICT).plusYears(2),
                null,
                null,
                "示范区",
                lead.version());
    }

    static long missingNode(IndustryManagement industry) {
        long chain = industry.createChain(new ChainForm(TestCodes.unique("转化链"), null, null, 0, 0));
        return industry.addNode(
                chain,
                new NodeForm(ChainSegment.MIDSTREAM, null, "缓释制剂", "C2720", NodeStatus.MISSING, null, null, 0, 0));
    }

    static CurrentUser staff(UserDirectory directory, String username) {
        UserView u = directory.findByUsername(username).orElseThrow();
        return new CurrentUser(
                u.id(),
                u.username(),
                u.fullName(),
                u.departmentId(),
                u.enterpriseId(),
                u.dataScope(),
                Set.copyOf(u.roles()),
                Set.copyOf(Permissions.ALL));
    }

    static void assertRefused(Runnable action, ErrorCode code) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.errorCode()).isEqualTo(code));
    }
}
