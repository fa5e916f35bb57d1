package cn.zhuanban.schedule.web;

import cn.zhuanban.schedule.PlanSheet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Draws a plan as an SVG Gantt chart on the server, so that it looks the same on a screen, on a phone (scrolling)
 * and on paper: planned bars (critical in red), actual bars, stage goals as diamonds, latest-start markers, the
 * today line, lights, and a title element per row for hover.
 */
final class GanttSvg {

    /** Translated words the chart needs; the chart itself has no literal text. */
    record Labels(String today, String mustStartBy, String floatDays, String actual) {}

    private static final int LABEL_WIDTH = 260;
    private static final int ROW = 22;
    private static final int HEADER = 30;

    private GanttSvg() {}

    static String draw(PlanSheet sheet, LocalDate today, Labels labels) {
        LocalDate from = Stream.of(sheet.start(), today)
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElseThrow()
                .withDayOfMonth(1);
        LocalDate to = sheet.rows().stream()
                .flatMap(r -> Stream.of(r.lateFinish(), r.earlyFinish(), r.actualFinish()))
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(today)
                .plusMonths(1)
                .withDayOfMonth(1);
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        double scale = Math.max(2.0, Math.min(12.0, 1100.0 / days));
        int width = LABEL_WIDTH + (int) Math.ceil(days * scale) + 10;
        int height = HEADER + sheet.rows().size() * ROW + 10;
        Canvas c = new Canvas(from, scale, width, height);
        c.months(to, height);
        for (int i = 0; i < sheet.rows().size(); i++) {
            row(c, sheet.rows().get(i), HEADER + i * ROW, labels);
        }
        c.today(today, height, labels.today());
        return c.finish();
    }

    private static void row(Canvas c, PlanSheet.Row r, int y, GanttSvg.Labels labels) {
        c.open("<g class=\"gantt-row\">");
        c.title(r.key() + " " + r.name() + ": " + r.earlyStart() + " – " + r.earlyFinish() + "; "
                + labels.mustStartBy() + " " + r.lateStart() + "; " + labels.floatDays() + " " + r.totalFloat()
                + (r.actualStart() == null
                        ? ""
                        : "; " + labels.actual() + " " + r.actualStart() + " – "
                                + (r.actualFinish() == null ? "" : r.actualFinish())));
        if (r.light() != null) {
            c.light(y, r.light());
        }
        c.label(y, (r.depth() > 0 ? "  " : "") + r.key() + " " + r.name(), r.stage());
        if (r.earlyStart() != null) {
            if (r.milestone()) {
                c.diamond(r.earlyFinish(), y, r.critical());
            } else {
                c.bar(
                        r.earlyStart(),
                        r.earlyFinish(),
                        y + 4,
                        9,
                        r.stage() ? "gantt-stage" : r.critical() ? "gantt-critical" : "gantt-planned");
            }
            if (!r.stage() && !r.milestone()) {
                c.marker(r.lateStart(), y);
            }
        }
        if (r.actualStart() != null) {
            c.bar(
                    r.actualStart(),
                    r.actualFinish() != null ? r.actualFinish() : r.actualStart(),
                    y + 15,
                    4,
                    "gantt-actual");
        }
        c.open("</g>");
    }
}
