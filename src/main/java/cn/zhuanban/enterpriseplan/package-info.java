/**
 * One enterprise, one plan (一企一策): per served enterprise its situation and needs, measures with
 * owner department, deadline and links to tickets, service items and talent demands, the policies
 * applied and the expected results, in numbered versions that the lead official of the
 * enterprise's projects approves (approved versions are read-only). Reads the enterprise, project,
 * ticket, service-checklist, talent and identity modules through their root APIs. Publishes
 * {@link cn.zhuanban.enterpriseplan.EnterprisePlanChanged}; listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise plans")
package cn.zhuanban.enterpriseplan;
