/**
 * Service checklists (服务内容清单化、目标具体化、时限明确化): each project's approvals, utility
 * connections and custom items, created from a template that is data, with the time limit counted
 * on the administrative calendar (working days) or in calendar days where the law says so, and the
 * construction permit's validity (start within 3 months, at most two 3-month extensions). A project's
 * checklist follows the project's data scope; a department handler also sees the items his
 * department answers for. Items carry attachments (approval documents, photos) stored through
 * {@code shared.files}, listed and downloaded within the same scope. An item made from the template
 * is linked by key to the plan row of the same approval: it takes the row's "must finish by" as its target (计划须完成
 * 日期; an open item past it is behind the plan, never past the department's 办理时限, which only acceptance starts), its
 * completion is reported on the plan through the schedule module's API, a row finished on the plan closes the
 * item, and an open item's target follows its row when the plan is rescheduled, unless a person set it. Depends on project, schedule, calendar and identity. Publishes
 * {@link cn.zhuanban.servicechecklist.ServiceItemChanged}; listens to
 * {@link cn.zhuanban.schedule.PlanTaskFinished}, {@link cn.zhuanban.schedule.PlanChanged} and
 * {@link cn.zhuanban.calendar.CalendarChanged} (the plans' latest finishes move with the working days).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service checklists")
package cn.zhuanban.servicechecklist;
