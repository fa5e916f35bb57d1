package cn.zhuanban.investmentreport;

import java.time.LocalDate;

/** A site progress photo of a monthly report, with the date it was taken and the place. */
public record ReportPhoto(
        long id,
        long reportId,
        long projectId,
        int year,
        int month,
        String originalName,
        String contentType,
        long size,
        LocalDate takenOn,
        String place) {}
