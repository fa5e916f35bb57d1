package cn.zhuanban.meeting;

/** Where an agenda item came from; the message key is {@code meeting.source.<name>}. */
public enum AgendaSource {
    SERVICE_ITEM,
    /** A project whose light turned red or yellow since the last meeting (light_changed_at); ref is the project. */
    PROJECT_LIGHT,
    OPEN_ACTION,
    MANUAL,
    /** A ticket reported since the last meeting. */
    TICKET_NEW,
    /** A ticket past its deadline on the meeting day. */
    TICKET_OVERDUE,
    /** A ticket with a red card. */
    TICKET_RED,
    /**
     * A ticket closed and escalated to the lead official after the reporter's second "dissatisfied" since the last
     * meeting (domain §3); ref is the ticket. Closed, it is on no list of open tickets, yet unsolved for the reporter.
     */
    TICKET_ESCALATED,
    /**
     * A stage goal (milestone with a target date) whose light is red or yellow and that was not on the last
     * meeting's agenda so; ref is the project.
     */
    STAGE_GOAL_LIGHT,
    /** A stage goal due within two weeks of the meeting; ref is the project. */
    STAGE_GOAL_DUE,
    /** A project red or yellow since before the last meeting: still lit, kept visible apart from the new ones. */
    PROJECT_LIGHT_STILL,
    /** A stage goal still red or yellow that the last meeting's agenda already listed as lit. */
    STAGE_GOAL_LIGHT_STILL
}
