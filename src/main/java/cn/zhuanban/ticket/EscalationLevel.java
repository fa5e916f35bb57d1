package cn.zhuanban.ticket;

/**
 * The escalation ladder, each step once: yellow → reminder (催办) to the department; red →
 * supervision notice (督办单) to the department head and the lead official; red + 2 working days →
 * the lead official; red + 5 → the next weekly meeting's agenda and the district leader.
 */
public enum EscalationLevel {
    NONE,
    REMINDER,
    SUPERVISION,
    LEAD_OFFICIAL,
    MEETING
}
