package cn.zhuanban.meeting.web;

import cn.zhuanban.meeting.AgendaSource;
import cn.zhuanban.meeting.MeetingRecords.ActionView;
import cn.zhuanban.meeting.MeetingRecords.AgendaItemView;
import cn.zhuanban.meeting.MeetingRecords.AmendmentView;
import cn.zhuanban.meeting.MeetingRecords.MeetingView;
import cn.zhuanban.shared.OfficialDates;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The minutes (会议纪要) as DOCX in the usual layout: centred title in 方正小标宋-style bold, the
 * number and date, attendees, the items with why they came up and their minutes, the decisions with owners and
 * deadlines, how the earlier meetings' actions stand (上期议定事项落实情况), and any amendments. Plain paragraphs and standard fonts so that WPS and Word agree.
 */
@Component
class MinutesDocx {

    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String TITLE_FONT = "宋体";

    private final MessageSource messages;
    private final AgendaDetails details;
    private final OfficialDates dates;

    MinutesDocx(MessageSource messages, AgendaDetails details, OfficialDates dates) {
        this.messages = messages;
        this.details = details;
        this.dates = dates;
    }

    /**
     * The agenda (会议议程) in the same layout: title, number, time and place, then the items in their
     * order, each with where it came from and its detail (state, deadline, light).
     */
    void writeAgenda(MeetingView m, Locale locale, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            header(doc, m, "meeting.docx.agenda-title", locale);
            heading(doc, text("meeting.docx.agenda-items", locale));
            int n = 1;
            for (AgendaItemView i : m.items()) {
                paragraph(doc, n++ + ". " + i.title(), BODY_FONT, 16, true, ParagraphAlignment.LEFT);
                String source = text("meeting.source." + i.source(), locale);
                String detail = details.documentText(m, i, locale);
                paragraph(
                        doc,
                        detail.isBlank() ? source : source + " · " + detail,
                        BODY_FONT,
                        16,
                        false,
                        ParagraphAlignment.LEFT);
            }
            doc.write(out);
        }
    }

    void write(MeetingView m, Locale locale, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            header(doc, m, "meeting.docx.title", locale);
            paragraph(
                    doc,
                    text("meeting.docx.attendees", locale, m.attendees() == null ? "" : m.attendees()),
                    BODY_FONT,
                    16,
                    false,
                    ParagraphAlignment.LEFT);
            heading(doc, text("meeting.docx.items", locale));
            int n = 1;
            for (AgendaItemView i : m.items()) {
                paragraph(doc, n++ + ". " + i.title(), BODY_FONT, 16, true, ParagraphAlignment.LEFT);
                String reason = reason(m, i, locale);
                if (!reason.isBlank()) {
                    paragraph(doc, reason, BODY_FONT, 16, false, ParagraphAlignment.LEFT);
                }
                if (i.minutes() != null && !i.minutes().isBlank()) {
                    paragraph(doc, i.minutes(), BODY_FONT, 16, false, ParagraphAlignment.LEFT);
                }
            }
            decisions(doc, m, locale);
            review(doc, m, locale);
            amendments(doc, m, locale);
            doc.write(out);
        }
    }

    /**
     * 上期议定事项落实情况: each earlier action on this agenda with where it stands (the heading says as of when): today
     * for a draft, the day of confirmation for confirmed minutes, which are a record and do not change afterwards.
     */
    private void review(XWPFDocument doc, MeetingView m, Locale locale) {
        List<AgendaItemView> carried = m.items().stream()
                .filter(i -> i.source() == AgendaSource.OPEN_ACTION && m.progressOf(i.id()) != null)
                .toList();
        if (carried.isEmpty()) {
            return;
        }
        heading(
                doc,
                text(
                        "meeting.docx.review",
                        locale,
                        dates.format(m.progressOf(carried.getFirst().id()).asOf(), locale)));
        int n = 1;
        for (AgendaItemView i : carried) {
            paragraph(
                    doc,
                    n++ + ". " + i.title() + "（" + details.documentText(m, i, locale) + "）",
                    BODY_FONT,
                    16,
                    false,
                    ParagraphAlignment.LEFT);
        }
    }

    /** Why the item is on the agenda, as the agenda DOCX says it (where it came from and its detail). */
    private String reason(MeetingView m, AgendaItemView i, Locale locale) {
        if (i.source() == AgendaSource.MANUAL) {
            return "";
        }
        String source = text("meeting.source." + i.source(), locale);
        String detail = details.documentText(m, i, locale);
        return detail.isBlank() ? source : source + " · " + detail;
    }

    private void header(XWPFDocument doc, MeetingView m, String titleKey, Locale locale) {
        paragraph(doc, text(titleKey, locale, m.taskForceName()), TITLE_FONT, 22, true, ParagraphAlignment.CENTER);
        paragraph(
                doc, text("meeting.docx.number", locale, m.number()), BODY_FONT, 16, false, ParagraphAlignment.CENTER);
        paragraph(
                doc,
                text("meeting.docx.when", locale, dates.format(m.heldOn(), locale), m.startTime(), m.place()),
                BODY_FONT,
                16,
                false,
                ParagraphAlignment.LEFT);
    }

    private void decisions(XWPFDocument doc, MeetingView m, Locale locale) {
        heading(doc, text("meeting.docx.decisions", locale));
        int n = 1;
        for (ActionView a : m.decisions()) {
            paragraph(
                    doc,
                    text(
                            "meeting.docx.decision",
                            locale,
                            n++,
                            a.decision(),
                            nz(a.ownerDepartmentName()),
                            nz(a.ownerName()),
                            dates.format(a.deadline(), locale)),
                    BODY_FONT,
                    16,
                    false,
                    ParagraphAlignment.LEFT);
        }
    }

    private void amendments(XWPFDocument doc, MeetingView m, Locale locale) {
        for (AmendmentView a : m.amendments()) {
            paragraph(
                    doc,
                    text("meeting.docx.amendment", locale, a.text(), nz(a.authorName())),
                    BODY_FONT,
                    16,
                    false,
                    ParagraphAlignment.LEFT);
        }
    }

    private void heading(XWPFDocument doc, String text) {
        paragraph(doc, text, "黑体", 16, false, ParagraphAlignment.LEFT);
    }

    private static void paragraph(
            XWPFDocument doc, String text, String font, int size, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        XWPFRun run = p.createRun();
        run.setFontFamily(font);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
