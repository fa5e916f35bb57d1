/**
 * One enterprise, one plan (一企一策): per served enterprise its situation and needs, measures with
 * owner department, deadline and links to tickets, service items and talent demands, the policies
 * applied and the expected results, in numbered versions. Reads the enterprise, project, ticket,
 * service-checklist, talent and identity modules through their root APIs. Publishes
 * {@link cn.zhuanban.enterpriseplan.EnterprisePlanChanged} (which the audit log records); listens to nothing.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>Versions.</b> A plan starts as version 1, a draft. Whoever edits plans ({@code ENTERPRISE_PLAN_EDIT}, the
 *       task force and the office) drafts: texts and measures change only on the latest version while it is a draft.
 *       The lead official of one of the enterprise's projects (分包领导, {@code ENTERPRISE_PLAN_APPROVE}) approves
 *       it; an approved version is read-only. The next version is drafted as a copy of the approved one, texts and
 *       measures, and only one draft is open at a time. The approved version stays in force until the next is
 *       approved.
 *   <li><b>Measures keep their identity.</b> A measure has a key, unique in its plan, that its copies in later
 *       versions keep: the comparison of versions and the progress history go by it.
 *   <li><b>Progress belongs to the measure</b>, not to a version's copy: it is a history of steps (not started, in
 *       progress, done, suspended) kept per plan and measure key, so the approved version and the draft show the
 *       same history and the same current step, whichever page recorded it. A measure removed in a new version keeps
 *       its history on the versions that have it. A measure added in a draft may get progress there (the department
 *       may start early), which staff see on the draft; the enterprise sees it once a version with the measure is
 *       approved. Removing a measure that no other version has drops its history with it.
 *   <li><b>Who reports progress.</b> The department that owns the measure in the version in force (for a measure
 *       only in the draft, the draft's owner), through its handler ({@code ENTERPRISE_PLAN_PROGRESS}), and whoever
 *       edits plans for every measure; from the page of the version in force or of the latest version, never an
 *       older one. The server checks the department (403 otherwise), and each step is audited.
 *   <li><b>What enterprises read.</b> The enterprise contact reads his enterprise's plan at the approved version in
 *       force and earlier approved ones, with the progress of their measures; never a draft, and nothing of a plan
 *       never approved. Staff read the plans of the enterprises in their project scope, and a department also a plan
 *       in which it owns a measure.
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise plans")
package cn.zhuanban.enterpriseplan;
