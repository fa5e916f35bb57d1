package cn.zhuanban.shared;

import org.springframework.http.HttpStatus;

/**
 * The error catalogue: every refusal the platform gives has a stable code that API clients can
 * rely on, an HTTP status and a message key (message bundles hold the text, with the code as key
 * under {@code error.}).
 */
public enum ErrorCode {
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND),
    VALIDATION("validation", HttpStatus.BAD_REQUEST),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED),
    CONCURRENT_CHANGE("concurrent-change", HttpStatus.CONFLICT),
    DUPLICATE("duplicate", HttpStatus.CONFLICT),
    ILLEGAL_STATE("illegal-state", HttpStatus.CONFLICT),
    FORM_STILL_SUBMITTING("form-still-submitting", HttpStatus.CONFLICT),
    PASSWORD_WEAK("identity.password-weak", HttpStatus.BAD_REQUEST),
    PASSWORD_TRIVIAL("identity.password-trivial", HttpStatus.BAD_REQUEST),
    PASSWORD_WRONG("identity.password-wrong", HttpStatus.BAD_REQUEST),
    PASSWORD_REUSED("identity.password-reused", HttpStatus.BAD_REQUEST),
    ADMIN_DUTIES_COMBINED("identity.admin-duties-combined", HttpStatus.CONFLICT),
    USERNAME_TAKEN("identity.username-taken", HttpStatus.CONFLICT),
    DEPARTMENT_CYCLE("identity.department-cycle", HttpStatus.CONFLICT),
    DEPARTMENT_IN_USE("identity.department-in-use", HttpStatus.CONFLICT),
    DEPARTMENT_HEAD_NOT_MEMBER("identity.department-head-not-member", HttpStatus.BAD_REQUEST),
    CREDIT_CODE_FORMAT("enterprise.credit-code-format", HttpStatus.BAD_REQUEST),
    CREDIT_CODE_TAKEN("enterprise.credit-code-taken", HttpStatus.CONFLICT),
    PROJECT_CODE_FORMAT("project.project-code-format", HttpStatus.BAD_REQUEST),
    PROJECT_CODE_TAKEN("project.project-code-taken", HttpStatus.CONFLICT),
    PROJECT_DATES("project.dates", HttpStatus.BAD_REQUEST),
    PROJECT_STAGE_DATE("project.stage-date", HttpStatus.BAD_REQUEST),
    PROJECT_STAGE_DATE_REQUIRED("project.stage-date-required", HttpStatus.BAD_REQUEST),
    PROJECT_NOT_STARTED("project.not-started", HttpStatus.BAD_REQUEST),
    PROJECT_PRODUCTION_BEFORE_START("project.production-before-start", HttpStatus.BAD_REQUEST),
    PROJECT_TASK_FORCE_UNKNOWN("project.task-force-unknown", HttpStatus.BAD_REQUEST),
    REFERENCE_UNKNOWN("reference-unknown", HttpStatus.BAD_REQUEST),
    TICKET_MOVE_REFUSED("ticket.move-refused", HttpStatus.CONFLICT),
    FILE_REFUSED("file-refused", HttpStatus.BAD_REQUEST),
    INVESTMENT_FUTURE_MONTH("investment.future-month", HttpStatus.BAD_REQUEST),
    INVESTMENT_NEGATIVE("investment.negative", HttpStatus.BAD_REQUEST),
    INVESTMENT_INCONSISTENT("investment.inconsistent", HttpStatus.BAD_REQUEST),
    INVESTMENT_CUMULATIVE_FALLS("investment.cumulative-falls", HttpStatus.BAD_REQUEST),
    INVESTMENT_CUMULATIVE_REQUIRED("investment.cumulative-required", HttpStatus.BAD_REQUEST),
    INVESTMENT_YEAR_TO_DATE_SUM("investment.year-to-date-sum", HttpStatus.BAD_REQUEST),
    INVESTMENT_YEAR_TO_DATE_JANUARY("investment.year-to-date-january", HttpStatus.BAD_REQUEST),
    INVESTMENT_SINCE_START_SUM("investment.since-start-sum", HttpStatus.BAD_REQUEST),
    INVESTMENT_LATER_CONFIRMED("investment.later-confirmed", HttpStatus.CONFLICT),
    INVESTMENT_OVER_TOTAL("investment.over-total-unexplained", HttpStatus.BAD_REQUEST),
    INVESTMENT_CONFIRMED("investment.confirmed", HttpStatus.CONFLICT),
    INVESTMENT_IMPORT_FILE("investment.import-file", HttpStatus.BAD_REQUEST),
    IMPORT_FILE("import-file", HttpStatus.BAD_REQUEST),
    CHECKLIST_NO_EXTENSION("checklist.no-extension", HttpStatus.CONFLICT),
    CHECKLIST_DONE_DATE("checklist.done-date", HttpStatus.BAD_REQUEST),
    CHECKLIST_OTHER_DEPARTMENT("checklist.other-department", HttpStatus.FORBIDDEN),
    MEETING_CONFIRMED("meeting.confirmed", HttpStatus.CONFLICT),
    SCHEDULE_CYCLE("schedule.cycle", HttpStatus.UNPROCESSABLE_ENTITY),
    SCHEDULE_INPUT("schedule.input", HttpStatus.BAD_REQUEST),
    /** A schedule whose dates would leave the calendars' range (too long a chain, too large lags). */
    SCHEDULE_OUT_OF_RANGE("schedule.out-of-range", HttpStatus.UNPROCESSABLE_ENTITY),
    PLAN_KEY_TAKEN("schedule.key-taken", HttpStatus.CONFLICT),
    PLAN_FILE("schedule.file", HttpStatus.BAD_REQUEST),
    CALENDAR_FILE("calendar.file", HttpStatus.BAD_REQUEST),
    INDUSTRY_CODE_FORMAT("industry.code-format", HttpStatus.BAD_REQUEST),
    INDUSTRY_NODE_PARENT("industry.node-parent", HttpStatus.BAD_REQUEST),
    LEAD_STAGE_MOVE("investment.stage-move", HttpStatus.CONFLICT),
    LEAD_TERMINATION_REASON("investment.termination-reason", HttpStatus.BAD_REQUEST),
    LEAD_NOT_SIGNED("investment.not-signed", HttpStatus.CONFLICT),
    LEAD_NOT_CONVERTED("investment.not-converted", HttpStatus.CONFLICT),
    LEAD_AHEAD_OF_PROJECT("investment.ahead-of-project", HttpStatus.CONFLICT),
    LEAD_PROJECT_EXISTS("investment.project-exists", HttpStatus.CONFLICT),
    LEAD_READ_ONLY("investment.lead-read-only", HttpStatus.FORBIDDEN),
    REWARD_TIERS("investment.reward-tiers", HttpStatus.BAD_REQUEST),
    TALENT_NO_CONSENT("talent.no-consent", HttpStatus.CONFLICT),
    TALENT_CANDIDATE_REMOVED("talent.candidate-removed", HttpStatus.CONFLICT),
    TALENT_MATCH_STEP("talent.match-step", HttpStatus.CONFLICT),
    TALENT_SALARY_RANGE("talent.salary-range", HttpStatus.BAD_REQUEST),
    GRANT_OWN_ACCOUNT("identity.grant-own-account", HttpStatus.FORBIDDEN),
    GRANT_SCOPE_OF_ENTERPRISE("identity.grant-scope-of-enterprise", HttpStatus.FORBIDDEN),
    GRANT_SCOPE_OF_ENTERPRISE_ACCOUNT("identity.grant-scope-of-enterprise-account", HttpStatus.FORBIDDEN),
    GRANT_ROLE_NOT_FOR_ENTERPRISE("identity.grant-role-not-for-enterprise", HttpStatus.FORBIDDEN),
    ENTERPRISE_LINK_OF_STAFF("identity.enterprise-link-of-staff", HttpStatus.FORBIDDEN),
    ROLE_PERMISSION_NOT_FOR_ENTERPRISE("identity.role-permission-not-for-enterprise", HttpStatus.FORBIDDEN),
    ENTERPRISE_CONTACT_SCOPE("identity.enterprise-contact-scope", HttpStatus.FORBIDDEN),
    ADMIN_ROLE_PERMISSION("identity.admin-role-permission", HttpStatus.CONFLICT),
    ADMIN_AND_BUSINESS_ROLES("identity.admin-and-business-roles", HttpStatus.CONFLICT),
    OTHER_ADMIN_ACCOUNT("identity.other-admin-account", HttpStatus.FORBIDDEN),
    GRANT_OTHER_ADMIN_ACCOUNT("identity.grant-other-admin-account", HttpStatus.FORBIDDEN),
    LAST_DUTY_HOLDER("identity.last-duty-holder", HttpStatus.FORBIDDEN),
    TOKEN_NEEDS_SESSION("identity.token-needs-session", HttpStatus.FORBIDDEN),
    PLAN_PROGRESS("schedule.progress", HttpStatus.BAD_REQUEST),
    PLAN_FORM("schedule.form", HttpStatus.BAD_REQUEST),
    ENTERPRISE_PLAN_EXISTS("enterpriseplan.exists", HttpStatus.CONFLICT),
    ENTERPRISE_PLAN_APPROVED("enterpriseplan.approved", HttpStatus.CONFLICT),
    ENTERPRISE_PLAN_DRAFT_OPEN("enterpriseplan.draft-open", HttpStatus.CONFLICT),
    ENTERPRISE_PLAN_CHANGE_NOTE("enterpriseplan.change-note-required", HttpStatus.BAD_REQUEST),
    ENTERPRISE_PLAN_NOT_APPROVED("enterpriseplan.not-approved", HttpStatus.CONFLICT),
    ENTERPRISE_PLAN_NOT_LEAD("enterpriseplan.not-lead", HttpStatus.FORBIDDEN),
    ENTERPRISE_PLAN_READ_ONLY("enterpriseplan.read-only", HttpStatus.FORBIDDEN),
    ENTERPRISE_PLAN_OTHER_DEPARTMENT("enterpriseplan.other-department", HttpStatus.FORBIDDEN),
    ENTERPRISE_PLAN_LINK("enterpriseplan.link", HttpStatus.BAD_REQUEST),
    MEETING_ACTION_PROJECT("meeting.action-project", HttpStatus.BAD_REQUEST),
    MEETING_ACTION_TICKETED("meeting.action-ticketed", HttpStatus.CONFLICT),
    CONTACT_TICKETED("contact.ticketed", HttpStatus.CONFLICT),
    CONTACT_DATE_RANGE("contact.date-range", HttpStatus.BAD_REQUEST),
    MEETING_NOT_CHAIR("meeting.not-chair", HttpStatus.FORBIDDEN),
    MEETING_ACTION_OWNER("meeting.action-owner", HttpStatus.BAD_REQUEST),
    MEETING_NOT_CONFIRMED("meeting.not-confirmed", HttpStatus.CONFLICT),
    MEETING_TASK_FORCE_UNKNOWN("meeting.task-force-unknown", HttpStatus.BAD_REQUEST),
    MEETING_HELD("meeting.held", HttpStatus.CONFLICT);

    private final String code;
    private final HttpStatus status;

    ErrorCode(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return "error." + code;
    }
}
