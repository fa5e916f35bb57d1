package cn.zhuanban.investmentreport.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A project's annual investment plan, twelve amounts; replaced as a whole when the plan is set. */
@Component
public class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The twelve monthly amounts (zero where nothing is planned). */
    public List<BigDecimal> plan(long projectId, int year) {
        Map<Integer, BigDecimal> amounts = new HashMap<>();
        jdbc.sql("select plan_month, amount from investment_plan where project_id = :p and plan_year = :y")
                .param("p", projectId)
                .param("y", year)
                .query((rs, n) -> amounts.put(rs.getInt(1), rs.getBigDecimal(2)))
                .list();
        List<BigDecimal> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(amounts.getOrDefault(m, BigDecimal.ZERO));
        }
        return months;
    }

    public void replace(long projectId, int year, List<BigDecimal> months) {
        jdbc.sql("delete from investment_plan where project_id = :p and plan_year = :y")
                .param("p", projectId)
                .param("y", year)
                .update();
        for (int m = 1; m <= 12; m++) {
            BigDecimal amount = months.get(m - 1);
            if (amount != null && amount.signum() != 0) {
                jdbc.sql(
                                "insert into investment_plan (project_id, plan_year, plan_month, amount) values (:p, :y, :m, :a)")
                        .param("p", projectId)
                        .param("y", year)
                        .param("m", m)
                        .param("a", amount)
                        .update();
            }
        }
    }
}
