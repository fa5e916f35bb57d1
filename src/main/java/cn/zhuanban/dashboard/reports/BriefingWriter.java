package cn.zhuanban.dashboard.reports;

import cn.zhuanban.dashboard.cockpit.CockpitData.Figure;
import cn.zhuanban.meeting.ActionLedgerRow;
import cn.zhuanban.project.RedProject;
import cn.zhuanban.schedule.StageGoals.Goal;
import cn.zhuanban.shared.files.SpreadsheetText;
import cn.zhuanban.ticket.DepartmentOverdue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes a {@link Briefing} as a Word document (title, then five numbered sections with tables) or as a
 * workbook (one sheet per section). Texts come from the caller's message lookup, so the files are in
 * the requester's language; numbers in the workbook are numbers.
 */
final class BriefingWriter {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    /** Looks up a message key with arguments. */
    interface Texts extends BiFunction<String, Object[], String> {
        default String of(String key, Object... args) {
            return apply(key, args);
        }
    }

    private BriefingWriter() {}

    static byte[] write(Briefing b, ReportFormat format, Texts t) throws IOException {
        return format == ReportFormat.DOCX ? docx(b, t) : xlsx(b, t);
    }

    static String title(Briefing b, Texts t) {
        return t.of("briefing.title." + b.kind(), b.periodStart(), b.asOf());
    }

    static byte[] docx(Briefing b, Texts t) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun run = title.createRun();
            run.setBold(true);
            run.setFontSize(18);
            run.setText(title(b, t));
            doc.createParagraph().createRun().setText(t.of("briefing.as-of", b.asOf()));
            if (b.currentOn() != null) {
                doc.createParagraph()
                        .createRun()
                        .setText(t.of(
                                b.redIsCurrent() ? "briefing.current-note" : "briefing.current-note.lights-dated",
                                b.currentOn(),
                                b.asOf()));
            }
            if (b.dataSince() != null) {
                doc.createParagraph().createRun().setText(t.of("briefing.predates-note", b.asOf(), b.dataSince()));
            }
            for (Section s : sections(b, t)) {
                XWPFRun heading = doc.createParagraph().createRun();
                heading.setBold(true);
                heading.setFontSize(14);
                heading.setText(s.heading());
                if (s.rows().isEmpty()) {
                    doc.createParagraph().createRun().setText(t.of("briefing.none"));
                    continue;
                }
                XWPFTable table =
                        doc.createTable(s.rows().size() + 1, s.headers().size());
                fill(table.getRow(0), s.headers(), true);
                for (int i = 0; i < s.rows().size(); i++) {
                    List<String> cells = new ArrayList<>();
                    for (Object v : s.rows().get(i)) {
                        cells.add(shown(v));
                    }
                    fill(table.getRow(i + 1), cells, false);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx(Briefing b, Texts t) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            // 万元 as the pages show them: two decimals, thousands grouped.
            CellStyle amount = book.createCellStyle();
            amount.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("#,##0.00"));
            // A rate is the fraction shown as a percent with one decimal, as the pages show it: 0.5 reads 50.0%.
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("0.0%"));
            int n = 0;
            for (Section s : sections(b, t)) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(t.of("briefing.sheet." + (++n))));
                Row top = sheet.createRow(0);
                Cell titleCell = top.createCell(0);
                titleCell.setCellValue(title(b, t) + " — " + s.heading());
                titleCell.setCellStyle(bold);
                Row header = sheet.createRow(1);
                for (int i = 0; i < s.headers().size(); i++) {
                    Cell c = header.createCell(i);
                    c.setCellValue(s.headers().get(i));
                    c.setCellStyle(bold);
                    sheet.setColumnWidth(i, 24 * 256);
                }
                for (int r = 0; r < s.rows().size(); r++) {
                    Row row = sheet.createRow(r + 2);
                    List<Object> values = s.rows().get(r);
                    for (int i = 0; i < values.size(); i++) {
                        Cell c = row.createCell(i);
                        Object v = values.get(i);
                        if (v instanceof Rate rate) {
                            c.setCellValue(rate.fraction());
                            c.setCellStyle(percent);
                        } else if (v instanceof BigDecimal decimal) {
                            c.setCellValue(decimal.doubleValue());
                            c.setCellStyle(amount);
                        } else if (v instanceof Number number) {
                            c.setCellValue(number.doubleValue());
                        } else if (v instanceof LocalDate d) {
                            c.setCellValue(d);
                            c.setCellStyle(date);
                        } else if (v != null) {
                            c.setCellValue(SpreadsheetText.neutralised(v.toString()));
                        }
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** A cell of the document as the pages show it: 万元 with two decimals and thousands grouped. */
    private static String shown(Object v) {
        if (v instanceof BigDecimal amount) {
            return String.format(java.util.Locale.ROOT, "%,.2f", amount);
        }
        if (v instanceof Rate rate) {
            return rate.shown();
        }
        return v == null ? "" : v.toString();
    }

    private record Section(String heading, List<String> headers, List<List<Object>> rows) {}

    /** A rate's cell: the fraction for the workbook's percent cell, the text as the pages show it for the document. */
    private record Rate(double fraction, String shown) {}

    /**
     * Which day a past month's figure is of; the project counts of a month before the first project was registered
     * say that the month predates the data, rather than reading as a district without projects.
     */
    private static String basis(Briefing b, Texts t, String key) {
        if (b.dataSince() != null && (key.equals("projects") || key.equals("red"))) {
            return t.of("briefing.basis.predates", b.dataSince());
        }
        return b.isCurrent(key)
                ? t.of("briefing.basis.current", b.currentOn())
                : t.of("briefing.basis.as-of", b.asOf());
    }

    private static List<Section> sections(Briefing b, Texts t) {
        List<List<Object>> figures = new ArrayList<>();
        boolean dated = b.currentOn() != null;
        for (Figure f : b.figures()) {
            // A count or an amount is a numeric cell (sums and charts work on it), a rate a percent cell; "未填报计划"
            // and a rate of nothing ("—") stay text.
            Object value =
                    f.rate() != null ? new Rate(f.rate(), f.value()) : f.number() == null ? f.value() : f.number();
            if (dated) {
                // A past month's figures say which are the month end's and which today's (no history kept).
                figures.add(List.of(f.label(), value, basis(b, t, f.key())));
            } else {
                figures.add(List.of(f.label(), value));
            }
        }
        List<List<Object>> red = new ArrayList<>();
        for (RedProject p : b.red()) {
            red.add(java.util.Arrays.asList(
                    p.name(), p.reason(), p.since() == null ? null : LocalDate.ofInstant(p.since(), DISTRICT)));
        }
        List<List<Object>> overdue = new ArrayList<>();
        for (DepartmentOverdue d : b.overdue()) {
            overdue.add(List.of(d.departmentName() == null ? "#" + d.departmentId() : d.departmentName(), d.overdue()));
        }
        List<List<Object>> goals = new ArrayList<>();
        for (Goal g : b.goals()) {
            goals.add(java.util.Arrays.asList(
                    g.projectName(),
                    g.name(),
                    g.target(),
                    // Done by the as-of date: a past month's goal finished since was still open then.
                    t.of(
                            g.finished() == null || g.finished().isAfter(b.asOf())
                                    ? "briefing.goal.open"
                                    : "briefing.goal.done")));
        }
        List<List<Object>> decisions = new ArrayList<>();
        for (ActionLedgerRow a : b.decisions()) {
            decisions.add(java.util.Arrays.asList(
                    a.decision(),
                    t.of(
                            "briefing.decision.meeting",
                            a.taskForceName(),
                            t.of("meeting.name", a.meetingNumber(), a.heldOn())),
                    a.ownerDepartmentName(),
                    a.deadline()));
        }
        return List.of(
                new Section(
                        t.of("briefing.section.figures"),
                        dated
                                ? List.of(
                                        t.of("briefing.column.figure"),
                                        t.of("briefing.column.value"),
                                        t.of("briefing.column.basis"))
                                : List.of(t.of("briefing.column.figure"), t.of("briefing.column.value")),
                        figures),
                new Section(
                        b.redIsCurrent()
                                ? t.of("briefing.section.red.current", b.asOf(), b.currentOn())
                                : dated ? t.of("briefing.section.red.as-of", b.asOf()) : t.of("briefing.section.red"),
                        List.of(
                                t.of("briefing.column.project"),
                                t.of("briefing.column.reason"),
                                t.of("briefing.column.red-since")),
                        red),
                new Section(
                        t.of("briefing.section.overdue"),
                        List.of(t.of("briefing.column.department"), t.of("briefing.column.overdue")),
                        overdue),
                new Section(
                        t.of("briefing.section.goals." + b.kind(), b.goalsFrom(), b.goalsTo()),
                        List.of(
                                t.of("briefing.column.project"),
                                t.of("briefing.column.goal"),
                                t.of("briefing.column.target"),
                                t.of("briefing.column.goal-state")),
                        goals),
                new Section(
                        t.of("briefing.section.decisions"),
                        List.of(
                                t.of("briefing.column.decision"),
                                t.of("briefing.column.meeting"),
                                t.of("briefing.column.department"),
                                t.of("briefing.column.deadline")),
                        decisions));
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().getFirst();
            XWPFRun run = p.createRun();
            run.setBold(bold);
            run.setText(cells.get(i));
        }
    }
}
