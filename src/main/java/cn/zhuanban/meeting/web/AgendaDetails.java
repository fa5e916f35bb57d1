package cn.zhuanban.meeting.web;

import cn.zhuanban.meeting.AgendaSource;
import cn.zhuanban.meeting.MeetingRecords.ActionProgress;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import cn.zhuanban.meeting.MeetingRecords.MeetingView;
import cn.zhuanban.shared.OfficialDates;
import cn.zhuanban.ticket.TicketState;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An agenda item's detail in words. The agenda stores the detail as the builder saw it on the meeting day, a code and
 * a date ("IN_PROGRESS 2026-12-10", "RED 2026-12-01", "OVERDUE 2026-11-20"), so that the record does not depend on the
 * language it was planned in; the page and the DOCX say it in the reader's words ("办理中，限2026-12-10办结"; the DOCX,
 * an official document, writes its dates 2026年12月10日). An open action's "#3 · 2026-12-04" reads "第3期例会议定，
 * 限2026-12-04完成": the bare number and date looked alike for two decisions of the same meeting. A project's light
 * marked as today's ("RED 2026-12-01 CURRENT": a past meeting day before the history of lights) says so. A detail
 * typed or stored otherwise (a date alone) stays as it is.
 */
@Component
class AgendaDetails {

    private static final Pattern ACTION = Pattern.compile("#(\\d+) · (\\d{4}-\\d{2}-\\d{2})");

    /** The mark ending a project light's detail that is today's light, not the meeting day's (AgendaLights). */
    private static final String CURRENT = " CURRENT";

    private final MessageSource messages;
    private final OfficialDates officialDates;

    AgendaDetails(MessageSource messages, OfficialDates officialDates) {
        this.messages = messages;
        this.officialDates = officialDates;
    }

    /** As {@link #text(MeetingView, AgendaItemView, Locale)}, with the dates as official documents write them. */
    String documentText(MeetingView meeting, AgendaItemView item, Locale locale) {
        return text(meeting, item, locale, d -> officialDates.formatIso(d, locale));
    }

    /**
     * The item's detail, and for an earlier meeting's action or a red ticket also where it stands (已办结, 已超期 2 个工作日 ·
     * 红牌 …), today or, for a meeting held since, on its day: the stored detail is only its meeting and deadline, or the
     * ticket as it stood when the item was written, which says nothing of how far the department has got by then.
     */
    String text(MeetingView meeting, AgendaItemView item, Locale locale) {
        return text(meeting, item, locale, UnaryOperator.identity());
    }

    private String text(MeetingView meeting, AgendaItemView item, Locale locale, UnaryOperator<String> dates) {
        String detail = text(item, locale, dates);
        ActionProgress progress = meeting.progressOf(item.id());
        if (progress == null) {
            return detail;
        }
        String standing = progress(progress, locale);
        return detail.isBlank() ? standing : detail + " · " + standing;
    }

    String progress(ActionProgress progress, Locale locale) {
        if (isTicketState(progress.standing())) {
            return messages.getMessage("ticket.state." + progress.standing(), null, locale);
        }
        return messages.getMessage(
                "meeting.action.progress." + progress.standing(), new Object[] {progress.workingDaysOverdue()}, locale);
    }

    /** A standing that is the ticket's state, which the ticket's own label names (ActionTicketStatus#standing). */
    private static boolean isTicketState(String standing) {
        return java.util.Arrays.stream(TicketState.values())
                .anyMatch(s -> s.name().equals(standing));
    }

    String text(AgendaItemView item, Locale locale) {
        return text(item, locale, UnaryOperator.identity());
    }

    private String text(AgendaItemView item, Locale locale, UnaryOperator<String> dates) {
        String detail = item.detail();
        if (item.source() == AgendaSource.OPEN_ACTION && detail != null) {
            Matcher m = ACTION.matcher(detail.strip());
            if (m.matches()) {
                return messages.getMessage(
                        "meeting.detail.action", new Object[] {m.group(1), dates.apply(m.group(2))}, locale);
            }
        }
        String kind = kind(item.source());
        if (detail == null || detail.isBlank() || kind == null) {
            return detail == null ? "" : detail;
        }
        // a project's light of the day the agenda was drawn up, where no history told the meeting day's, says so
        boolean current = "project-light".equals(kind) && detail.strip().endsWith(CURRENT);
        String marked = current ? detail.strip().substring(0, detail.strip().length() - CURRENT.length()) : detail;
        String key = "meeting.detail." + kind + (current ? "-current" : "");
        int space = marked.indexOf(' ');
        String code = space < 0 ? marked : marked.substring(0, space);
        String date = space < 0 ? null : marked.substring(space + 1).strip();
        String label = messages.getMessage(codePrefix(kind) + code, null, null, locale);
        if (label == null) {
            return detail;
        }
        return date == null || date.isEmpty()
                ? label
                : messages.getMessage(key, new Object[] {label, dates.apply(date)}, locale);
    }

    /** Which words the item's code and date take, by where the item came from; null where the detail is no code. */
    private static String kind(AgendaSource source) {
        return switch (source) {
            case TICKET_NEW, TICKET_OVERDUE, TICKET_RED -> "ticket";
            case TICKET_ESCALATED -> "escalated";
            case PROJECT_LIGHT, PROJECT_LIGHT_STILL -> "project-light";
            case STAGE_GOAL_LIGHT, STAGE_GOAL_LIGHT_STILL -> "goal-light";
            case SERVICE_ITEM -> "service-item";
            case OPEN_ACTION, MANUAL, STAGE_GOAL_DUE -> null;
        };
    }

    private static String codePrefix(String kind) {
        return switch (kind) {
            case "ticket" -> "ticket.state.";
            case "escalated" -> "ticket.closure.";
            case "service-item" -> "checklist.alert.";
            default -> "light.";
        };
    }
}
