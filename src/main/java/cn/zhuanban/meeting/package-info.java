/**
 * The task force at work: the daily contact log with enterprises (and the flag on enterprises
 * nobody has contacted for a number of working days) and, later, the weekly meetings. Depends on
 * enterprise, project, service checklist, calendar and identity. Publishes
 * {@link cn.zhuanban.meeting.ContactRecorded}; listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings and contacts")
package cn.zhuanban.meeting;
