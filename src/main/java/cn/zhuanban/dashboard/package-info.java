/**
 * The home page of every role (我的工作台: what is waiting for me), the leaders' cockpit (projects,
 * investment, tickets, leads, talent and stage goals, each figure linking to its list) and the
 * generated reports (周报 and 月度调度通报 as DOCX/XLSX, made in the background from a {@code report_job}
 * row that one node claims). Reads other modules only through their query APIs; publishes
 * {@link cn.zhuanban.dashboard.reports.ReportRequested}; listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboard")
package cn.zhuanban.dashboard;
