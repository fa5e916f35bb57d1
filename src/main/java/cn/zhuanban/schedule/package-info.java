/**
 * Plans of projects scheduled backwards from their target dates (倒排工期) and the battle map (挂图作战). The
 * critical-path engine lives in {@code engine} (plain Java); this module stores each project's plan, reschedules it
 * on every change on the district's construction calendar, sets the project's light through
 * {@link cn.zhuanban.project.ProjectLighting#setLight}, applies plan templates, draws Gantt charts and the wall
 * chart, and imports and exports MS Project and Primavera files. Takes progress reports with site photos, monthly
 * targets and baselines (the reports' photos are read by other modules' site-photo lists through
 * {@link cn.zhuanban.schedule.PlanPhotos}), lets administrators edit plan templates, and re-judges lights daily as today moves on.
 * Publishes {@link cn.zhuanban.schedule.PlanChanged}, {@link cn.zhuanban.schedule.PlanTemplateChanged} and
 * {@link cn.zhuanban.schedule.PlanTaskFinished} (for the service checklist); listens to
 * {@link cn.zhuanban.calendar.CalendarChanged} to re-judge the plans' lights at once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans and scheduling")
package cn.zhuanban.schedule;
