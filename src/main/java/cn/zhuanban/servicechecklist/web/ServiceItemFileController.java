package cn.zhuanban.servicechecklist.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.servicechecklist.ServiceChecklistManagement;
import cn.zhuanban.servicechecklist.ServiceItemFile;
import cn.zhuanban.servicechecklist.ServiceItemFiles;
import cn.zhuanban.shared.files.UploadedFile;
import cn.zhuanban.shared.web.Downloads;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Attaching files to a service item, removing and downloading them, within the item's data scope. A refused
 * upload (too many, too big, a type not allowed) shows the refusal page and stores nothing.
 */
@Controller
class ServiceItemFileController {

    private final ServiceItemFiles files;
    private final ServiceChecklistManagement checklists;

    ServiceItemFileController(ServiceItemFiles files, ServiceChecklistManagement checklists) {
        this.files = files;
        this.checklists = checklists;
    }

    @PostMapping("/service-items/{id}/files")
    @PreAuthorize("hasAuthority('" + Permissions.CHECKLIST_EDIT + "')")
    String upload(
            @PathVariable long id,
            @RequestParam(name = "files", required = false) List<MultipartFile> uploads,
            CurrentUser user,
            RedirectAttributes redirect)
            throws IOException {
        long projectId = checklists.findToChange(id, user).projectId();
        List<UploadedFile> chosen = UploadedFile.of(uploads);
        if (!chosen.isEmpty()) {
            files.attach(id, chosen, user);
            redirect.addFlashAttribute("flash", "checklist.files.attached");
        }
        return "redirect:/projects/" + projectId + "/checklist#item-" + id;
    }

    @PostMapping("/service-items/{id}/files/{fileId}/remove")
    @PreAuthorize("hasAuthority('" + Permissions.CHECKLIST_EDIT + "')")
    String remove(@PathVariable long id, @PathVariable long fileId, CurrentUser user, RedirectAttributes redirect) {
        long projectId = checklists.findToChange(id, user).projectId();
        files.remove(id, fileId, user);
        redirect.addFlashAttribute("flash", "checklist.files.removed");
        return "redirect:/projects/" + projectId + "/checklist#item-" + id;
    }

    @GetMapping("/service-items/{id}/files/{fileId}")
    @PreAuthorize("hasAuthority('" + Permissions.CHECKLIST_VIEW + "')")
    void download(@PathVariable long id, @PathVariable long fileId, CurrentUser user, HttpServletResponse response)
            throws IOException {
        ServiceItemFile file = files.file(id, fileId, user);
        response.setContentType(file.contentType());
        response.setHeader("Content-Disposition", Downloads.attachment(file.name()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = files.open(id, fileId, user)) {
            in.transferTo(response.getOutputStream());
        }
    }
}
