/**
 * Monthly investment reporting (投资月报): per project and month the investment completed this month,
 * year to date and since start (万元), checked (the cumulative never falls, more than the total
 * investment needs an explanation, late reports are flagged), confirmed by the dispatch office; the
 * annual investment plan per month; the missing-reports list; all-or-nothing XLSX import. Kept out of
 * the project module so that it stays small; uses the project module's scope as SQL on {@code project p}.
 * Publishes {@link cn.zhuanban.investmentreport.InvestmentReported},
 * {@link cn.zhuanban.investmentreport.InvestmentReportConfirmed},
 * {@link cn.zhuanban.investmentreport.InvestmentPlanSet},
 * {@link cn.zhuanban.investmentreport.InvestmentImported},
 * {@link cn.zhuanban.investmentreport.InvestmentPhotosAdded} (site progress photos with date and place)
 * and {@link cn.zhuanban.investmentreport.InvestmentReportMissing} (the reminder near the end of the
 * reporting window, once per project and month); listens to nothing. A project's site photos are listed together with
 * those given with the plan's progress reports, read through {@link cn.zhuanban.schedule.PlanPhotos}. The import runs as a background job of the
 * imports module (kind {@code investment}, claimed by one node) whose progress the page polls. Pages live under
 * {@code /investment-reports}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Investment reports")
package cn.zhuanban.investmentreport;
