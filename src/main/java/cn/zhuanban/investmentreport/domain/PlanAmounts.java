package cn.zhuanban.investmentreport.domain;

import cn.zhuanban.schedule.PlannedInvestments;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The annual investment plan's monthly amounts, as the plan's monthly targets read them. */
@Component
class PlanAmounts implements PlannedInvestments {

    private final JdbcClient jdbc;

    PlanAmounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Map<YearMonth, BigDecimal>> of(Collection<Long> projectIds, YearMonth first, YearMonth last) {
        Map<Long, Map<YearMonth, BigDecimal>> byProject = new HashMap<>();
        if (projectIds.isEmpty() || last.isBefore(first)) {
            return byProject;
        }
        jdbc.sql("""
                        select project_id, plan_year, plan_month, amount from investment_plan
                        where project_id in (:projects) and plan_year * 100 + plan_month between :first and :last""")
                .param("projects", projectIds)
                .param("first", first.getYear() * 100 + first.getMonthValue())
                .param("last", last.getYear() * 100 + last.getMonthValue())
                .query(rs -> {
                    byProject
                            .computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                            .put(YearMonth.of(rs.getInt(2), rs.getInt(3)), rs.getBigDecimal(4));
                });
        return byProject;
    }
}
