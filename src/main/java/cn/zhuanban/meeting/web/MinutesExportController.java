package cn.zhuanban.meeting.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.meeting.MeetingManagement;
import cn.zhuanban.meeting.MeetingRecords.MeetingView;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** A meeting's agenda and minutes as DOCX files that WPS and Office open. */
@Controller
@RequestMapping("/meetings/{id}")
class MinutesExportController {

    private static final String VIEW = "hasAuthority('" + Permissions.MEETING_VIEW + "')";

    private final MeetingManagement meetings;
    private final MinutesDocx docx;

    MinutesExportController(MeetingManagement meetings, MinutesDocx docx) {
        this.meetings = meetings;
        this.docx = docx;
    }

    @AuditedExport
    @GetMapping("/minutes.docx")
    @PreAuthorize(VIEW)
    void exportMinutes(@PathVariable long id, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        MeetingView m = meetings.find(id, user);
        docxHeaders(response, m.taskForceName() + "-" + m.number() + ".docx");
        docx.write(m, locale, response.getOutputStream());
    }

    @AuditedExport
    @GetMapping("/agenda.docx")
    @PreAuthorize(VIEW)
    void exportAgenda(@PathVariable long id, CurrentUser user, Locale locale, HttpServletResponse response)
            throws IOException {
        // the agenda as stored: a download changes nothing, the page's refresh button brings it up to date first
        MeetingView m = meetings.find(id, user);
        docxHeaders(response, m.taskForceName() + "-" + m.number() + "-agenda.docx");
        docx.writeAgenda(m, locale, response.getOutputStream());
    }

    private static void docxHeaders(HttpServletResponse response, String name) {
        response.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        response.setHeader("Content-Disposition", Downloads.attachment(name));
    }
}
