package cn.zhuanban.identity;

/** Codes of the roles every district starts with. Administrators may add more. */
public final class BuiltinRoles {

    public static final String DISTRICT_LEADER = "DISTRICT_LEADER";
    public static final String LEAD_OFFICIAL = "LEAD_OFFICIAL";
    public static final String DISPATCH_OFFICE = "DISPATCH_OFFICE";
    public static final String TASK_FORCE_MEMBER = "TASK_FORCE_MEMBER";
    public static final String DEPARTMENT_HANDLER = "DEPARTMENT_HANDLER";
    public static final String ENTERPRISE_CONTACT = "ENTERPRISE_CONTACT";
    public static final String SUPERVISION = "SUPERVISION";
    /** The district's auditors (审计局): read everything, like the supervision office; not the log's auditor. */
    public static final String AUDIT_OFFICE = "AUDIT_OFFICE";

    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
    public static final String SECURITY_ADMIN = "SECURITY_ADMIN";
    public static final String AUDITOR = "AUDITOR";

    private BuiltinRoles() {}
}
