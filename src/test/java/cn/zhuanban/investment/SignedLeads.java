package cn.zhuanban.investment;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.investment.InvestmentCommands.LeadForm;
import cn.zhuanban.investment.InvestmentCommands.StageMove;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A chain lead of {@code company} received and moved through 接洽 and 在谈 to 签约, all on {@code today}. */
final class SignedLeads {

    private SignedLeads() {}

    static long signedOn(InvestmentManagement investment, CurrentUser user, String company, LocalDate today) {
        long lead = investment.createLead(
                user,
                new LeadForm(
                        company,
                        LeadChannel.CHAIN,
                        null,
                        null,
                        null,
                        null,
                        new BigDecimal("20000"),
                        100,
                        user.id(),
                        null,
                        null,
                        null,
                        today,
                        0));
        for (LeadStage stage : List.of(LeadStage.CONTACTED, LeadStage.NEGOTIATING, LeadStage.SIGNED)) {
            investment.move(
                    user,
                    lead,
                    new StageMove(
                            stage, today, null, investment.lead(user, lead).version()));
        }
        return lead;
    }
}
