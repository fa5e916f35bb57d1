package cn.zhuanban.investmentreport.web;

import cn.zhuanban.shared.Amount;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The annual plan form: a year and twelve monthly amounts in 万元 (blank means none). */
record PlanForm(
        @NotNull @Min(2000) @Max(2100) Integer year,

        @NotNull @Size(min = 12, max = 12)
        List<@PositiveOrZero(message = "{validation.not-negative}") @Amount BigDecimal> months) {

    /**
     * The twelve months as typed, for a refused form. A word in one month leaves the whole list unbound (the record is
     * not built), so the binding has no value of the other months to give back; the request has them all.
     */
    static List<String> typedMonths(HttpServletRequest request) {
        List<String> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String typed = request.getParameter("months[" + i + "]");
            months.add(typed == null ? "" : typed);
        }
        return months;
    }

    /** The plan's year as sent (a hidden input), else {@code otherwise}. */
    static int typedYear(HttpServletRequest request, int otherwise) {
        try {
            int year = Integer.parseInt(request.getParameter("year"));
            return year >= 2000 && year <= 2100 ? year : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
