package cn.zhuanban.schedule.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** SVG text for {@link GanttSvg}; escapes every piece of data that goes into it. */
final class Canvas {

    private static final int LABEL_WIDTH = 260;
    /** Characters of a label a phone's label column (120 px) shows: the key and about six characters of the name. */
    private static final int PHONE_LABEL = 10;

    private final StringBuilder svg = new StringBuilder(16_384);
    /** The label column apart from the chart (a page's chart keeps it in view), or null when drawn as one. */
    private final StringBuilder side;

    private final LocalDate from;
    private final double scale;
    private final int height;

    Canvas(LocalDate from, double scale, int width, int height) {
        this(from, scale, width, height, false);
    }

    /**
     * {@code apart}: the label column goes into a drawing of its own ({@link #labels}) and the chart starts where the
     * column ends, at the same coordinates: a page sets the column beside the chart and keeps it in view while the
     * chart scrolls.
     */
    Canvas(LocalDate from, double scale, int width, int height, boolean apart) {
        this.from = from;
        this.scale = scale;
        this.height = height;
        this.side = apart ? new StringBuilder(4_096) : null;
        int left = apart ? LABEL_WIDTH : 0;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt\" width=\"")
                .append(width - left)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"")
                .append(left)
                .append(" 0 ")
                .append(width - left)
                .append(' ')
                .append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">");
    }

    double x(LocalDate date) {
        return LABEL_WIDTH + ChronoUnit.DAYS.between(from, date) * scale;
    }

    /**
     * The month scale, each month named in the reader's words: with its year where a year begins and at the chart's
     * start ({@code 2026年12月}, then {@code 1月}…), where {@code 26-12} and {@code 27-1} read as codes.
     */
    void months(LocalDate to, int height, GanttSvg.Months names) {
        for (LocalDate m = from; m.isBefore(to); m = m.plusMonths(1)) {
            String x = num(x(m));
            svg.append("<line class=\"gantt-grid\" x1=\"")
                    .append(x)
                    .append("\" y1=\"0\" x2=\"")
                    .append(x)
                    .append("\" y2=\"")
                    .append(height)
                    .append("\"/>");
            svg.append("<text x=\"")
                    .append(num(x(m) + 2))
                    .append("\" y=\"18\">")
                    .append(esc(names.name(m, m.equals(from) || m.getMonthValue() == 1)))
                    .append("</text>");
        }
    }

    void today(LocalDate today, int height, String label) {
        String x = num(x(today));
        svg.append("<line class=\"gantt-today\" x1=\"")
                .append(x)
                .append("\" y1=\"22\" x2=\"")
                .append(x)
                .append("\" y2=\"")
                .append(height)
                .append("\"><title>")
                .append(esc(label + " " + today))
                .append("</title></line>");
    }

    void open(String raw) {
        svg.append(raw);
    }

    void title(String text) {
        svg.append("<title>").append(esc(text)).append("</title>");
    }

    void light(int y, String light) {
        labelColumn()
                .append("<circle class=\"light-")
                .append(esc(light))
                .append("\" cx=\"8\" cy=\"")
                .append(y + 10)
                .append("\" r=\"5\"/>");
    }

    /**
     * A row's label, ended with "…" where it is longer than the column, the whole of it in its tooltip. A page's label
     * column (apart) also holds a shorter one, which a phone's narrow column shows instead (gantt.css): the long one
     * was cut off in the middle of a character there.
     */
    void label(int y, String text, boolean bold) {
        labelText(y, text, bold, 22, side == null ? null : "gantt-label-full");
        if (side != null) {
            labelText(y, text, bold, PHONE_LABEL, "gantt-label-short");
        }
    }

    private void labelText(int y, String text, boolean bold, int max, String cls) {
        String shown = text.length() > max ? text.substring(0, max - 1) + "…" : text;
        labelColumn()
                .append("<text x=\"18\" y=\"")
                .append(y + 14)
                .append(cls == null ? "" : "\" class=\"" + cls)
                .append(bold ? "\" font-weight=\"bold\">" : "\">")
                .append("<title>")
                .append(esc(text))
                .append("</title>")
                .append(esc(shown))
                .append("</text>");
    }

    void bar(LocalDate start, LocalDate finish, int y, int h, String cls) {
        double x1 = x(start);
        double w = Math.max(2, x(finish.plusDays(1)) - x1);
        svg.append("<rect class=\"")
                .append(cls)
                .append("\" x=\"")
                .append(num(x1))
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(num(w))
                .append("\" height=\"")
                .append(h)
                .append("\"/>");
    }

    void diamond(LocalDate date, int y, String cssClass) {
        double cx = x(date.plusDays(1));
        int cy = y + 10;
        svg.append("<polygon class=\"")
                .append(cssClass)
                .append("\" points=\"")
                .append(num(cx))
                .append(',')
                .append(cy - 6)
                .append(' ')
                .append(num(cx + 6))
                .append(',')
                .append(cy)
                .append(' ')
                .append(num(cx))
                .append(',')
                .append(cy + 6)
                .append(' ')
                .append(num(cx - 6))
                .append(',')
                .append(cy)
                .append("\"/>");
    }

    /** The latest start ("must start by"): a small triangle above the row. */
    void marker(LocalDate lateStart, int y) {
        if (lateStart == null) {
            return;
        }
        double cx = x(lateStart);
        svg.append("<polygon class=\"gantt-ls\" points=\"")
                .append(num(cx - 4))
                .append(',')
                .append(y + 1)
                .append(' ')
                .append(num(cx + 4))
                .append(',')
                .append(y + 1)
                .append(' ')
                .append(num(cx))
                .append(',')
                .append(y + 6)
                .append("\"/>");
    }

    String finish() {
        return svg.append("</svg>").toString();
    }

    /** The label column drawn apart (see the constructor): the rows' lights and names. */
    String labels() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt\" width=\"" + LABEL_WIDTH + "\" height=\""
                + height + "\" viewBox=\"0 0 " + LABEL_WIDTH + " " + height
                + "\" font-family=\"sans-serif\" font-size=\"11\">" + side + "</svg>";
    }

    private StringBuilder labelColumn() {
        return side != null ? side : svg;
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
