package cn.zhuanban.meeting;

/** Where an agenda item came from; the message key is {@code meeting.source.<name>}. */
public enum AgendaSource {
    SERVICE_ITEM,
    PROJECT_LIGHT,
    OPEN_ACTION,
    MANUAL
}
