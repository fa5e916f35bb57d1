package cn.zhuanban.dashboard.reports;

/** The file formats a generated report is made in. */
public enum ReportFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String contentType;

    ReportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
