package cn.zhuanban.meeting;

/** Where an agenda item came from; the message key is {@code meeting.source.<name>}. */
public enum AgendaSource {
    SERVICE_ITEM,
    PROJECT_LIGHT,
    OPEN_ACTION,
    MANUAL,
    /** A ticket reported since the last meeting. */
    TICKET_NEW,
    /** A ticket past its deadline on the meeting day. */
    TICKET_OVERDUE,
    /** A ticket with a red card. */
    TICKET_RED,
    /** A stage goal (milestone with a target date) whose light is red or yellow; ref is the project. */
    STAGE_GOAL_LIGHT,
    /** A stage goal due within two weeks of the meeting; ref is the project. */
    STAGE_GOAL_DUE
}
