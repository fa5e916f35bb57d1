package cn.zhuanban.investmentreport.web;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The annual plan form: a year and twelve monthly amounts in 万元 (blank means none). */
record PlanForm(
        @NotNull @Min(2000) @Max(2100) Integer year,

        @NotNull @Size(min = 12, max = 12)
        List<@PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal> months) {}
