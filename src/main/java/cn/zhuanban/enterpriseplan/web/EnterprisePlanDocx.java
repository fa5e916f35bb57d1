package cn.zhuanban.enterpriseplan.web;

import cn.zhuanban.enterpriseplan.LinkKind;
import cn.zhuanban.enterpriseplan.PlanViews.MeasureView;
import cn.zhuanban.enterpriseplan.PlanViews.PlanView;
import cn.zhuanban.enterpriseplan.PlanViews.VersionView;
import cn.zhuanban.shared.OfficialDates;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An approved plan as DOCX in the government layout (GB/T 9704 page: A4, margins 37/35/28/26 mm):
 * centred title in 小标宋-style, the version and approval line, then numbered sections in 黑体
 * with body text in 仿宋 三号 and the measures as a table. Plain paragraphs and a simple table, so
 * that WPS and Word show the same.
 */
@Component
class EnterprisePlanDocx {

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String HEADING_FONT = "黑体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final int BODY_SIZE = 16;

    private final MessageSource messages;
    private final Clock clock;
    private final OfficialDates dates;

    EnterprisePlanDocx(MessageSource messages, Clock clock, OfficialDates dates) {
        this.messages = messages;
        this.clock = clock;
        this.dates = dates;
    }

    void write(PlanView plan, Locale locale, OutputStream out) throws IOException {
        VersionView v = plan.version();
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            paragraph(doc, text("enterpriseplan.docx.title", locale, plan.enterpriseName()), TITLE_FONT, 22, true)
                    .setAlignment(ParagraphAlignment.CENTER);
            paragraph(
                            doc,
                            text(
                                    "enterpriseplan.docx.approval",
                                    locale,
                                    v.number(),
                                    date(v, locale),
                                    nz(v.approvedByName())),
                            BODY_FONT,
                            BODY_SIZE,
                            false)
                    .setAlignment(ParagraphAlignment.CENTER);
            section(doc, locale, "enterpriseplan.docx.situation", v.situation());
            section(doc, locale, "enterpriseplan.docx.needs", v.needs());
            heading(doc, text("enterpriseplan.docx.measures", locale));
            measures(doc, plan.measures(), locale);
            section(doc, locale, "enterpriseplan.docx.policies", v.policies());
            section(doc, locale, "enterpriseplan.docx.results", v.expectedResults());
            doc.write(out);
        }
    }

    private void measures(XWPFDocument doc, List<MeasureView> measures, Locale locale) {
        XWPFTable table = doc.createTable(measures.size() + 1, 5);
        table.setWidth("100%");
        String[] headers = {
            "enterpriseplan.docx.no",
            "enterpriseplan.measure",
            "enterpriseplan.measure.department",
            "enterpriseplan.measure.deadline",
            "enterpriseplan.measure.links"
        };
        for (int c = 0; c < headers.length; c++) {
            cell(table.getRow(0).getCell(c), text(headers[c], locale), true);
        }
        for (int i = 0; i < measures.size(); i++) {
            MeasureView m = measures.get(i);
            XWPFTableRow row = table.getRow(i + 1);
            cell(row.getCell(0), Integer.toString(i + 1), false);
            cell(
                    row.getCell(1),
                    m.content() == null || m.content().isBlank() ? m.title() : m.title() + "：" + m.content(),
                    false);
            cell(row.getCell(2), nz(m.ownerDepartmentName()), false);
            cell(row.getCell(3), m.deadline() == null ? "-" : dates.format(m.deadline(), locale), false);
            cell(row.getCell(4), links(m, locale), false);
        }
    }

    private String links(MeasureView m, Locale locale) {
        StringBuilder s = new StringBuilder();
        for (LinkKind kind : LinkKind.values()) {
            String ids = m.ids(kind);
            if (!ids.isEmpty()) {
                if (!s.isEmpty()) {
                    s.append('；');
                }
                s.append(text("enterpriseplan.link." + kind, locale))
                        .append(' ')
                        .append(ids);
            }
        }
        return s.isEmpty() ? "-" : s.toString();
    }

    private void section(XWPFDocument doc, Locale locale, String key, String body) {
        heading(doc, text(key, locale));
        String content = body == null || body.isBlank() ? "-" : body;
        for (String line : content.split("\\R")) {
            XWPFParagraph p = paragraph(doc, line, BODY_FONT, BODY_SIZE, false);
            p.setIndentationFirstLine(640);
        }
    }

    private void heading(XWPFDocument doc, String text) {
        paragraph(doc, text, HEADING_FONT, BODY_SIZE, false);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, String font, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun run = p.createRun();
        run.setFontFamily(font);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
        return p;
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        XWPFRun run = p.createRun();
        run.setFontFamily(BODY_FONT);
        run.setFontSize(12);
        run.setBold(bold);
        run.setText(text);
    }

    /** A4 with the margins of GB/T 9704 (in twentieths of a point). */
    private static void page(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1588));
        margins.setRight(BigInteger.valueOf(1474));
    }

    private String date(VersionView v, Locale locale) {
        return v.approvedAt() == null
                ? "-"
                : dates.format(LocalDate.ofInstant(v.approvedAt(), clock.getZone()), locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }
}
