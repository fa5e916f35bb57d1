package cn.zhuanban.identity;

/**
 * Which rows a user may see. Each module turns the scope into a SQL condition on its own tables,
 * so that filtering happens in the database and a row outside the scope is simply not found.
 */
public enum DataScope {
    /** Everything in the district. */
    ALL,
    /** What is assigned to my department (projects whose task force includes it, its tickets). */
    DEPARTMENT,
    /** Projects where I am the lead official (分包领导). */
    LED_PROJECTS,
    /** Projects of the task forces I belong to. */
    TASK_FORCE,
    /** My enterprise's projects and tickets only. */
    ENTERPRISE
}
