package cn.zhuanban.meeting.web;

import cn.zhuanban.meeting.AgendaSource;
import cn.zhuanban.meeting.MeetingRecords.ActionProgress;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import cn.zhuanban.meeting.MeetingRecords.MeetingView;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An agenda item's detail in words. The agenda stores the detail as the builder saw it on the meeting day, a code and
 * a date ("IN_PROGRESS 2026-12-10", "RED 2026-12-01", "OVERDUE 2026-11-20"), so that the record does not depend on the
 * language it was planned in; the page and the DOCX say it in the reader's words ("办理中，限2026-12-10办结"). A detail
 * typed or stored otherwise (an open action's "#3 · 2026-12-04", a date alone) stays as it is.
 */
@Component
class AgendaDetails {

    private final MessageSource messages;

    AgendaDetails(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The item's detail, and for an earlier meeting's action also where it stands today (已办结, 已超期 2 个工作日 · 红牌
     * …): the stored detail is only its meeting and deadline, which says nothing of how far the department has got.
     */
    String text(MeetingView meeting, AgendaItemView item, Locale locale) {
        String detail = text(item, locale);
        ActionProgress progress = meeting.progressOf(item.id());
        if (progress == null) {
            return detail;
        }
        String standing = progress(progress, locale);
        return detail.isBlank() ? standing : detail + " · " + standing;
    }

    String progress(ActionProgress progress, Locale locale) {
        return messages.getMessage(
                "meeting.action.progress." + progress.standing(), new Object[] {progress.workingDaysOverdue()}, locale);
    }

    String text(AgendaItemView item, Locale locale) {
        String detail = item.detail();
        String kind = kind(item.source());
        if (detail == null || detail.isBlank() || kind == null) {
            return detail == null ? "" : detail;
        }
        int space = detail.indexOf(' ');
        String code = space < 0 ? detail : detail.substring(0, space);
        String date = space < 0 ? null : detail.substring(space + 1).strip();
        String label = messages.getMessage(codePrefix(kind) + code, null, null, locale);
        if (label == null) {
            return detail;
        }
        return date == null || date.isEmpty()
                ? label
                : messages.getMessage("meeting.detail." + kind, new Object[] {label, date}, locale);
    }

    /** Which words the item's code and date take, by where the item came from; null where the detail is no code. */
    private static String kind(AgendaSource source) {
        return switch (source) {
            case TICKET_NEW, TICKET_OVERDUE, TICKET_RED -> "ticket";
            case PROJECT_LIGHT, PROJECT_LIGHT_STILL -> "project-light";
            case STAGE_GOAL_LIGHT, STAGE_GOAL_LIGHT_STILL -> "goal-light";
            case SERVICE_ITEM -> "service-item";
            case OPEN_ACTION, MANUAL, STAGE_GOAL_DUE -> null;
        };
    }

    private static String codePrefix(String kind) {
        return switch (kind) {
            case "ticket" -> "ticket.state.";
            case "service-item" -> "checklist.alert.";
            default -> "light.";
        };
    }
}
