package cn.zhuanban.schedule.web;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectPaths;
import cn.zhuanban.schedule.PlanBaselines;
import cn.zhuanban.schedule.PlanImport;
import cn.zhuanban.schedule.PlanInterop;
import cn.zhuanban.schedule.PlanManagement;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.schedule.ScheduleView;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.web.ApiController;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.WarningHeader;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/v1/projects/{id}/plan/import} and {@code GET …/plan/export?format=mspdi|xer|xlsx}. */
@ApiController("/api/v1/projects/{id}/plan")
class PlanFileController {

    private final PlanInterop interop;
    private final PlanManagement plans;
    private final PlanBaselines baselines;
    private final MessageSource messages;

    PlanFileController(PlanInterop interop, PlanManagement plans, PlanBaselines baselines, MessageSource messages) {
        this.interop = interop;
        this.plans = plans;
        this.baselines = baselines;
        this.messages = messages;
    }

    /**
     * The file is optional to Spring for the reason {@link PlanUpload} gives; a missing one is refused there. With an
     * {@code If-Match} of the plan's {@code ETag} (from {@code GET …/plan}) a plan changed meanwhile is refused (409,
     * nothing changed); without one the file replaces the plan, as the contract has it.
     */
    @PostMapping("/import")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.PLAN_EDIT + "')")
    ResponseEntity<ScheduleView> importFile(
            @PathVariable long id,
            CurrentUser user,
            @RequestParam(required = false) MultipartFile file,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch)
            throws IOException {
        PlanImport imported = interop.importFile(id, user, PlanVersionTag.version(ifMatch), PlanUpload.bytes(file));
        PlanSheet sheet = imported.sheet();
        var answer = ResponseEntity.ok().eTag(PlanVersionTag.of(sheet));
        if (imported.notice() != null) {
            // the page says so beside the plan; the documented body has no field for it, so a standard header
            answer.header(
                    WarningHeader.NAME,
                    WarningHeader.of(messages.getMessage(imported.notice(), LocaleContextHolder.getLocale())));
        }
        return answer.body(sheet.schedule());
    }

    @AuditedExport
    @GetMapping("/export")
    @PreAuthorize("hasAuthority('" + Permissions.PLAN_VIEW + "')")
    ResponseEntity<byte[]> export(
            @PathVariable long id,
            CurrentUser user,
            @RequestParam String format,
            @RequestParam(required = false) Long baseline,
            HttpServletResponse response)
            throws IOException {
        // a query value ignores case, as the README's API notes promise for every query enum
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "mspdi" ->
                file(
                        interop.export(id, user, PlanInterop.Format.MSPDI),
                        fileName(plans.sheet(id, user), "xml"),
                        "plan-" + id + ".xml",
                        MediaType.APPLICATION_XML);
            case "xer" ->
                file(
                        interop.export(id, user, PlanInterop.Format.XER),
                        fileName(plans.sheet(id, user), "xer"),
                        "plan-" + id + ".xer",
                        // the bytes are GB18030, the code page P6 reads on Chinese Windows: say so, or a client
                        // decoding text/plain by default (ISO-8859-1, UTF-8) garbles every Chinese name
                        new MediaType(MediaType.TEXT_PLAIN, PlanInterop.XER_CHARSET));
            case "xlsx" -> {
                xlsx(id, user, baseline, response);
                yield null;
            }
            default -> throw BusinessException.invalid("format", "plan.file.format-unknown", format);
        };
    }

    /**
     * The plan as a workbook, with the variance against a baseline (the chosen one, else the latest; empty columns
     * without any): baseline start and finish and the working days each moved, positive when later.
     */
    private void xlsx(long id, CurrentUser user, Long baselineId, HttpServletResponse response) throws IOException {
        PlanSheet sheet = plans.sheet(id, user);
        PlanBaselines.Comparison comparison = baselines.compare(sheet, baselineId);
        PlanWorkbook workbook = new PlanWorkbook(messages, LocaleContextHolder.getLocale());
        String sheetName = messages.getMessage("plan.file.kind", null, LocaleContextHolder.getLocale());
        try (XlsxWriter writer = new XlsxWriter(sheetName, workbook.headers())) {
            for (PlanSheet.Row r : sheet.rows()) {
                writer.row(workbook.cells(r, comparison == null ? null : comparison.of(r.key())));
            }
            Downloads.xlsx(response, fileName(sheet, "xlsx"), "plan-" + id + ".xlsx", writer);
        }
    }

    private String fileName(PlanSheet sheet, String extension) {
        return PlanFileNames.of(
                messages, LocaleContextHolder.getLocale(), "plan.file.kind", sheet.projectName(), extension);
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, String ascii, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(name, ascii))
                .body(body);
    }
}
