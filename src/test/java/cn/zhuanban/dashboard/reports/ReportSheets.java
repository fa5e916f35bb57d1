package cn.zhuanban.dashboard.reports;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.context.MessageSource;

/** What the report tests share: the requester they gather for, the texts they write with, the files read back. */
final class ReportSheets {

    private ReportSheets() {}

    /** The Chinese texts the files are written with. */
    static BriefingWriter.Texts chinese(MessageSource messages) {
        return (key, args) -> messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }

    /** Each data row of a sheet as "cell|cell|…" (the title and header rows left out). */
    static List<String> cells(Sheet sheet) {
        DataFormatter format = new DataFormatter();
        List<String> lines = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() < 2) {
                continue;
            }
            List<String> values = new ArrayList<>();
            row.forEach(c -> values.add(format.formatCellValue(c)));
            lines.add(String.join("|", values));
        }
        return lines;
    }

    /** The data row whose first cell is {@code label}. */
    static Row row(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getRowNum() >= 2 && label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    /**
     * A contact of one enterprise, who sees only its projects and their tickets (and task forces): the figures count
     * a test's own rows whatever else the shared database holds. {@code more} permissions are added to the cockpit's.
     */
    static CurrentUser viewer(long enterprise, String... more) {
        Set<String> permissions = new LinkedHashSet<>(List.of(
                Permissions.COCKPIT_VIEW, Permissions.PROJECT_VIEW, Permissions.TICKET_VIEW, Permissions.PLAN_VIEW));
        permissions.addAll(List.of(more));
        return new CurrentUser(
                -4,
                "fixture-report",
                "测试报告",
                null,
                enterprise,
                DataScope.ENTERPRISE,
                Set.of("ENTERPRISE_CONTACT"),
                permissions);
    }
}
