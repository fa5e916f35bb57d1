package cn.zhuanban.investmentreport.web;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investmentreport.ReportPhoto;
import cn.zhuanban.investmentreport.ReportPhotos;
import cn.zhuanban.investmentreport.SitePhotos;
import cn.zhuanban.project.ProjectPaths;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.files.UploadedFile;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Site progress photos of monthly reports: adding them to a report, showing one (within the
 * project's scope, with the type its content was judged to be, inline only if an image) and the project page's photo
 * strip.
 */
@Controller
class ReportPhotoController {

    private final ReportPhotos photos;
    private final SitePhotos sitePhotos;
    private final FormErrors formErrors;

    ReportPhotoController(ReportPhotos photos, SitePhotos sitePhotos, FormErrors formErrors) {
        this.photos = photos;
        this.sitePhotos = sitePhotos;
        this.formErrors = formErrors;
    }

    @PostMapping("/investment-reports/projects/{id}/photos")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_REPORT + "')")
    String add(
            @PathVariable long id,
            @RequestParam long reportId,
            @RequestParam(name = "photos", required = false) List<MultipartFile> files,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate takenOn,
            @RequestParam(required = false) String place,
            CurrentUser user,
            RedirectAttributes redirect)
            throws IOException {
        try {
            photos.add(id, reportId, UploadedFile.of(files), takenOn, place, user);
            redirect.addFlashAttribute("flash", "investment.photos.added");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("photoErrors", formErrors.of(e));
            // the form comes back with what was typed: a refused photo (no image, too large) lost the place and the
            // day, and the month fell back to the first; files cannot be put back into a file input
            redirect.addFlashAttribute("photoReportId", reportId);
            redirect.addFlashAttribute("photoTakenOn", takenOn);
            redirect.addFlashAttribute("photoPlace", place);
        }
        return "redirect:/investment-reports/projects/" + id + "#photos";
    }

    @GetMapping("/investment-reports/photos/{photoId}")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_VIEW + "')")
    void show(@PathVariable long photoId, CurrentUser user, HttpServletResponse response) throws IOException {
        ReportPhoto photo = photos.find(photoId, user);
        response.setContentType(photo.contentType());
        // Shown in the page only if it is an image: a PDF or Office file stored before photos were limited to images
        // is downloaded, so that no script in it runs from the application's own address.
        String disposition = Downloads.attachment(photo.originalName());
        response.setHeader(
                "Content-Disposition",
                photo.contentType().startsWith("image/")
                        ? disposition.replaceFirst("^attachment", "inline")
                        : disposition);
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = photos.open(photoId, user)) {
            in.transferTo(response.getOutputStream());
        }
    }

    /**
     * The project page's strip of the latest site photos, the monthly reports' and the plan's progress reports' alike
     * (loaded by htmx from the project module's page); the rest are on the investment reports' project page.
     */
    @GetMapping("/investment-reports/fragments/project-photos/{projectId}")
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_VIEW + "')")
    String projectPhotos(@PathVariable long projectId, CurrentUser user, Model model) {
        model.addAttribute("photos", sitePhotos.ofProject(projectId, user, new PageQuery(0, 12)));
        model.addAttribute("projectId", projectId);
        return "investmentreport/photos :: strip";
    }
}
