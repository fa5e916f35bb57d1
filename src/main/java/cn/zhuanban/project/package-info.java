/**
 * The register of key projects and their service task forces. Applies the data scopes to
 * projects in SQL (ALL; LED_PROJECTS by lead official; TASK_FORCE by membership, lead or chief
 * service officer; DEPARTMENT by a task force's departments; ENTERPRISE by the user's enterprise)
 * and answers other modules through {@link cn.zhuanban.project.ProjectReads} (visibility,
 * summaries, the scope as SQL) and {@link cn.zhuanban.project.ProjectPickLists}; registering and editing are
 * {@link cn.zhuanban.project.ProjectManagement}'s. The ledger can also be imported from Excel ({@link cn.zhuanban.project.ProjectImport}, a
 * background job of the imports module), and its export imports as it is.
 * Depends on the enterprise and identity modules. Publishes
 * {@link cn.zhuanban.project.ProjectRegistered}, {@link cn.zhuanban.project.ProjectsImported}, {@link cn.zhuanban.project.ProjectUpdated},
 * {@link cn.zhuanban.project.ProjectLightChanged}, {@link cn.zhuanban.project.ProjectStageChanged}, {@link cn.zhuanban.project.TaskForceRegistered} and
 * {@link cn.zhuanban.project.TaskForceUpdated}; listens to nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Projects")
package cn.zhuanban.project;
