package cn.zhuanban.meeting.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.meeting.MeetingManagement;
import cn.zhuanban.meeting.MeetingRecords.MeetingSummary;
import cn.zhuanban.meeting.MeetingRecords.SeriesView;
import cn.zhuanban.shared.Pages;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerHeaders;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The weekly meeting series (周例会台账) and the meetings of one series as XLSX, within the task forces the user sees
 * and with the list's search. The meeting module has no export permission of its own: like the minutes and agenda
 * files, whoever may read the meetings may take their list.
 */
@Controller
class MeetingExportController {

    private static final String VIEW = "hasAuthority('" + Permissions.MEETING_VIEW + "')";

    private final MeetingManagement meetings;
    private final MessageSource messages;

    MeetingExportController(MeetingManagement meetings, MessageSource messages) {
        this.meetings = meetings;
        this.messages = messages;
    }

    @AuditedExport
    @GetMapping("/meetings/export")
    @PreAuthorize(VIEW)
    void series(@RequestParam(required = false) String q, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        String title = LedgerText.of(messages, "meeting.series.sheet", locale);
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                LedgerHeaders.of(
                        messages, locale, "project.task-force", "meeting.weekday", "meeting.time", "meeting.place"))) {
            Pages.each(
                    page -> meetings.series(user, q, page),
                    (SeriesView s) -> xlsx.row(
                            s.taskForceName(),
                            LedgerText.of(messages, "meeting.weekday." + s.weekday(), locale),
                            s.startTime().toString(),
                            s.place()));
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    @AuditedExport
    @GetMapping("/meetings/series/{id}/export")
    @PreAuthorize(VIEW)
    void meetings(@PathVariable long id, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        String taskForce = meetings.taskForceOf(id, user);
        String title = LedgerText.of(messages, "meeting.meetings.sheet", locale);
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                LedgerHeaders.of(
                        messages,
                        locale,
                        "project.task-force",
                        "meeting.number",
                        "meeting.held-on",
                        "meeting.status"))) {
            Pages.each(
                    page -> meetings.meetingsOf(id, user, page),
                    (MeetingSummary m) -> xlsx.row(
                            taskForce,
                            m.number(),
                            m.heldOn(),
                            LedgerText.of(messages, m.confirmed() ? "meeting.confirmed" : "meeting.draft", locale)));
            Downloads.xlsx(response, taskForce + " " + title + ".xlsx", xlsx);
        }
    }
}
