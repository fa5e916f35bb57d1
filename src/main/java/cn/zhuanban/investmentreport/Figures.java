package cn.zhuanban.investmentreport;

import java.math.BigDecimal;

/** The three figures of a monthly report in 万元: this month (本期), year to date (当年累计), since start (截止累计). */
public record Figures(BigDecimal thisMonth, BigDecimal yearToDate, BigDecimal sinceStart) {}
