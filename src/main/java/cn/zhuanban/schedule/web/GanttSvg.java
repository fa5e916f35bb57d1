package cn.zhuanban.schedule.web;

import cn.zhuanban.schedule.PlanSheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;

/**
 * Draws a plan as an SVG Gantt chart on the server, so that it looks the same on a screen, on a phone (scrolling)
 * and on paper: planned bars (critical in red; in a plan with room to its target, the longest path in a lighter red,
 * see {@link PlanSheet#drivingFloat}), actual bars, stage goals as diamonds, latest-start markers, the
 * today line, lights, and a title element per row for hover.
 */
final class GanttSvg {

    /** Translated words the chart needs; the chart itself has no literal text. */
    record Labels(
            String today, String mustStartBy, String floatDays, String actual, String inProgress, Months months) {}

    /**
     * A month's name on the scale: {@code withYear} at the chart's start and where a year begins, {@code alone}
     * elsewhere. The patterns get the year {0}, the month's number {1} and its short name in {@code locale} {2}: the
     * Chinese name is the number ({1}月), an English one alone as a number ("4") read as a day or a count, not April.
     */
    record Months(String withYear, String alone, Locale locale) {

        /** Chinese month names, for tests and callers without messages. */
        static final Months CHINESE = new Months("{0}年{1}月", "{1}月", Locale.SIMPLIFIED_CHINESE);

        String name(LocalDate month, boolean withYear) {
            return new java.text.MessageFormat(withYear ? this.withYear : alone, locale).format(new Object[] {
                String.valueOf(month.getYear()),
                month.getMonthValue(),
                month.getMonth().getDisplayName(TextStyle.SHORT, locale)
            });
        }
    }

    private static final int LABEL_WIDTH = 260;

    /**
     * The chart's colours, from the stylesheet pages use. A page's inline chart takes them from there (the CSP
     * refuses a style element in the page); a downloaded file carries them inside.
     */
    private static final String STYLE = style();

    private static final int ROW = 22;
    private static final int HEADER = 30;

    private GanttSvg() {}

    /**
     * Paper the chart prints on, landscape, with 10 mm margins and room for the caption on every page: a line with the
     * project, the page, the dates and the legend, and on the first page up to two lines of warnings (gantt.html; each
     * line is kept to one, app.css). The caption grows with the paper: 20 mm for three lines of 5 mm on A3, 40 mm for
     * three of 10 mm on A1, where the A3 size was too small to read from a wall. A1 and A3 have the same shape (every
     * A size is √2 : 1), so a chart drawn to the page's width fits as many rows on one as on the other: A1 prints it
     * larger, on as many pages or (its caption being a smaller share of the page) fewer.
     */
    enum Paper {
        A3(400, 257),
        A1(821, 534);

        /** Printable width and height in millimetres (page minus margins minus the caption). */
        final int widthMm;

        final int heightMm;

        Paper(int widthMm, int heightMm) {
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }

        static Paper parse(String value) {
            return "A1".equalsIgnoreCase(value) ? A1 : A3;
        }
    }

    /** CSS pixels per millimetre, as the browser prints. */
    private static final double PX_PER_MM = 96 / 25.4;

    static String draw(PlanSheet sheet, LocalDate today, Labels labels) {
        return draw(sheet, today, labels, 0, sheet.rows().size(), false).finish();
    }

    /** The chart as a page shows it: the label column apart, to stay in view beside the scrolling chart. */
    record Screen(String labels, String chart) {}

    static Screen screen(PlanSheet sheet, LocalDate today, Labels labels) {
        Canvas c = draw(sheet, today, labels, 0, sheet.rows().size(), true);
        return new Screen(c.labels(), c.finish());
    }

    /**
     * The chart cut into pages for printing on {@code paper}: every page has the month scale at its top and as many
     * rows as fit once the chart is scaled to the page's width; all pages share one time axis.
     */
    static List<String> pages(PlanSheet sheet, LocalDate today, Labels labels, Paper paper) {
        int rows = sheet.rows().size();
        int perPage = rowsPerPage(width(sheet, today), paper);
        List<String> pages = new ArrayList<>();
        for (int first = 0; first < rows || first == 0; first += perPage) {
            pages.add(draw(sheet, today, labels, first, Math.min(rows, first + perPage), false)
                    .finish());
        }
        return pages;
    }

    /**
     * How many rows fit on a page of {@code paper}. The page draws the chart to its full width (app.css: width 100%),
     * shrunk when the chart is wider and enlarged when it is narrower, as it is on A1 (821 mm, about 3100 px, for a
     * chart of about 1400): its rows grow with it. Counted as if it were only ever shrunk, an A1 page took twice the
     * rows it had room for, and each overflowed onto the next sheet, so A1 printed more sheets than A3.
     */
    static int rowsPerPage(int chartWidth, Paper paper) {
        double zoom = paper.widthMm * PX_PER_MM / chartWidth;
        double height = paper.heightMm * PX_PER_MM / zoom;
        return Math.max(1, (int) ((height - HEADER - 10) / ROW));
    }

    private static int width(PlanSheet sheet, LocalDate today) {
        LocalDate from = from(sheet, today);
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to(sheet, today)));
        return LABEL_WIDTH + (int) Math.ceil(days * scale(days)) + 10;
    }

    private static LocalDate from(PlanSheet sheet, LocalDate today) {
        return Stream.of(sheet.start(), today)
                .filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElseThrow()
                .withDayOfMonth(1);
    }

    private static LocalDate to(PlanSheet sheet, LocalDate today) {
        // the project's target too: a plan finishing early still shows the months up to the date it must meet
        return Stream.concat(
                        Stream.of(sheet.targetFinish()),
                        sheet.rows().stream()
                                .flatMap(r -> Stream.of(r.lateFinish(), r.earlyFinish(), r.actualFinish())))
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(today)
                .plusMonths(1)
                .withDayOfMonth(1);
    }

    private static double scale(long days) {
        return Math.max(2.0, Math.min(12.0, 1100.0 / days));
    }

    /** Rows {@code first} (inclusive) to {@code last} (exclusive) under the month scale of the whole plan. */
    private static Canvas draw(PlanSheet sheet, LocalDate today, Labels labels, int first, int last, boolean apart) {
        LocalDate from = from(sheet, today);
        LocalDate to = to(sheet, today);
        long days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        double scale = scale(days);
        int width = LABEL_WIDTH + (int) Math.ceil(days * scale) + 10;
        int height = HEADER + (last - first) * ROW + 10;
        Canvas c = new Canvas(from, scale, width, height, apart);
        c.months(to, height, labels.months());
        Integer drivingFloat = sheet.drivingFloat();
        for (int i = first; i < last; i++) {
            PlanSheet.Row r = sheet.rows().get(i);
            row(c, r, HEADER + (i - first) * ROW, labels, r.driving(drivingFloat), progressTo(sheet, today));
        }
        c.today(today, height, labels.today());
        return c;
    }

    /**
     * How far the progress of unfinished work reaches: the plan's data date (the day its progress was reported as of),
     * or today without one, and never past today.
     */
    private static LocalDate progressTo(PlanSheet sheet, LocalDate today) {
        LocalDate dataDate = sheet.dataDate();
        return dataDate == null || dataDate.isAfter(today) ? today : dataDate;
    }

    /**
     * The actual bar's last day: the actual finish, or for work started and not finished the day its progress reaches
     * ({@link #progressTo}), not before the actual start. It was the actual start alone, so work weeks under way showed a
     * sliver of a day.
     */
    private static LocalDate actualEnd(PlanSheet.Row r, LocalDate progressTo) {
        if (r.actualFinish() != null) {
            return r.actualFinish();
        }
        return progressTo.isAfter(r.actualStart()) ? progressTo : r.actualStart();
    }

    private static String actualText(PlanSheet.Row r, Labels labels) {
        if (r.actualStart() == null) {
            return "";
        }
        if (r.actualFinish() != null) {
            return "; " + labels.actual() + " " + r.actualStart() + " – " + r.actualFinish();
        }
        int percent = r.percentComplete() == null ? 0 : r.percentComplete();
        return "; " + labels.actual() + " " + r.actualStart() + " – " + labels.inProgress() + " (" + percent + "%)";
    }

    private static void row(
            Canvas c, PlanSheet.Row r, int y, GanttSvg.Labels labels, boolean driving, LocalDate progressTo) {
        c.open("<g class=\"gantt-row\">");
        c.title(r.key() + " " + r.name() + ": " + r.earlyStart() + " – " + r.earlyFinish() + "; "
                + labels.mustStartBy() + " " + r.lateStart() + "; " + labels.floatDays() + " " + r.totalFloat()
                + actualText(r, labels));
        if (r.light() != null) {
            c.light(y, r.light());
        }
        c.label(y, (r.depth() > 0 ? "  " : "") + r.key() + " " + r.name(), r.stage());
        if (r.earlyStart() != null) {
            if (r.milestone()) {
                c.diamond(
                        r.earlyFinish(),
                        y,
                        r.critical() ? "gantt-ms-critical" : driving ? "gantt-ms-driving" : "gantt-ms");
            } else {
                c.bar(
                        r.earlyStart(),
                        r.earlyFinish(),
                        y + 4,
                        9,
                        r.stage()
                                ? "gantt-stage"
                                : r.critical() ? "gantt-critical" : driving ? "gantt-driving" : "gantt-planned");
            }
            if (!r.stage() && !r.milestone()) {
                c.marker(r.lateStart(), y);
            }
        }
        if (r.actualStart() != null) {
            c.bar(r.actualStart(), actualEnd(r, progressTo), y + 15, 4, "gantt-actual");
        }
        c.open("</g>");
    }

    /** The chart as a file of its own: the same drawing with its colours inside. */
    static String standalone(String svg) {
        int body = svg.indexOf('>') + 1;
        return svg.substring(0, body) + "<style>" + STYLE + "</style>" + svg.substring(body);
    }

    private static String style() {
        try (InputStream in = new ClassPathResource("static/css/gantt.css").getInputStream()) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return css.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("\\s+", " ").trim();
        } catch (IOException e) {
            throw new UncheckedIOException("The Gantt stylesheet is missing from the application", e);
        }
    }
}
