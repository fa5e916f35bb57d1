package cn.zhuanban.investmentreport;

import java.math.BigDecimal;

/** One month of a year: the planned and the completed (reported 本期) investment in 万元, summed over the scope. */
public record MonthFigure(int month, BigDecimal planned, BigDecimal completed) {}
