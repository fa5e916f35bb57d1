package cn.zhuanban.schedule.web;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectPaths;
import cn.zhuanban.schedule.PlanManagement;
import cn.zhuanban.schedule.PlanProgress;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.schedule.ProgressReport;
import cn.zhuanban.schedule.ProgressSequence;
import cn.zhuanban.schedule.domain.ProgressLog;
import cn.zhuanban.shared.NotFoundException;
import cn.zhuanban.shared.files.UploadedFile;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A row's progress page: the report form (with site photos) and every earlier report of the row. */
@Controller
@RequestMapping("/projects/{id}/plan")
class PlanProgressController {

    private final PlanManagement plans;
    private final PlanProgress progress;
    private final FormErrors formErrors;
    private final MessageSource messages;

    PlanProgressController(PlanManagement plans, PlanProgress progress, FormErrors formErrors, MessageSource messages) {
        this.plans = plans;
        this.progress = progress;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    /**
     * The form as typed; dates bind from ISO strings. {@code confirmRewrite} is the box that confirms new actual dates
     * for a row already reported finished.
     */
    record ProgressForm(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dataDate,
            Integer percentComplete,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate actualStart,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate actualFinish,
            String note,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate photosTakenOn,
            String photosPlace,
            Boolean confirmRewrite) {

        ProgressReport report() {
            return new ProgressReport(
                    dataDate, percentComplete, actualStart, actualFinish, note, photosTakenOn, photosPlace);
        }

        static ProgressForm of(PlanSheet.Row row) {
            return new ProgressForm(
                    null, row.percentComplete(), row.actualStart(), row.actualFinish(), null, null, null, null);
        }
    }

    @GetMapping("/rows/{key}/progress")
    @PreAuthorize("hasAuthority('" + Permissions.PLAN_VIEW + "')")
    String page(@PathVariable long id, @PathVariable String key, CurrentUser user, Model model) {
        PlanSheet sheet = plans.sheet(id, user);
        return form(model, sheet, key, user, ProgressForm.of(row(sheet, key)), Map.of());
    }

    @PostMapping("/rows/{key}/progress")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.PLAN_PROGRESS + "')")
    String report(
            @PathVariable long id,
            @PathVariable String key,
            CurrentUser user,
            @ModelAttribute("form") ProgressForm form,
            BindingResult binding,
            @RequestParam(name = "photos", required = false) List<MultipartFile> photos,
            Model model,
            RedirectAttributes redirect) {
        PlanSheet sheet = plans.sheet(id, user);
        row(sheet, key);
        // A refused form comes back without the photos (a browser cannot refill a file field): the page says so.
        model.addAttribute(
                "photosDropped",
                photos == null
                        ? 0
                        : photos.stream().filter(p -> p != null && !p.isEmpty()).count());
        return formErrors.submit(binding, errors -> form(model, sheet, key, user, form, errors), () -> {
            PlanSheet saved = progress.report(
                    id, user, key, form.report(), UploadedFile.of(photos), Boolean.TRUE.equals(form.confirmRewrite()));
            redirect.addFlashAttribute("flash", "plan.progress.saved");
            List<String> warnings = ProgressSequence.warnings(saved, key).stream()
                    .map(w -> messages.getMessage(w, LocaleContextHolder.getLocale()))
                    .toList();
            if (!warnings.isEmpty()) {
                redirect.addFlashAttribute("sequenceWarnings", warnings);
            }
            return "redirect:/projects/" + id + "/plan/rows/" + key + "/progress";
        });
    }

    @GetMapping("/photos/{photoId}")
    @PreAuthorize("hasAuthority('" + Permissions.PLAN_VIEW + "')")
    void photo(@PathVariable long id, @PathVariable long photoId, CurrentUser user, HttpServletResponse response)
            throws IOException {
        ProgressLog.Photo photo = progress.photo(id, user, photoId);
        response.setContentType(photo.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "inline");
        try (InputStream in = progress.open(photo)) {
            in.transferTo(response.getOutputStream());
        }
    }

    private String form(
            Model model, PlanSheet sheet, String key, CurrentUser user, ProgressForm form, Map<String, String> errors) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("row", row(sheet, key));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("history", progress.history(sheet.projectId(), user, key));
        return "schedule/progress";
    }

    private static PlanSheet.Row row(PlanSheet sheet, String key) {
        PlanSheet.Row row = sheet.row(key);
        if (row == null || row.stage()) {
            throw new NotFoundException("plan-row", key);
        }
        return row;
    }
}
