package cn.zhuanban.schedule.web;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectPaths;
import cn.zhuanban.schedule.PlanBaselines;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saves a baseline of the plan; the plan page then shows the variance against it. A refused name or an empty plan comes
 * back as a message on the plan page; a project outside the user's scope is a 404 (a 403 where he may not act), as
 * everywhere else, not a redirect to a page he cannot open.
 */
@Controller
class PlanBaselineController {

    private final PlanBaselines baselines;
    private final MessageSource messages;

    PlanBaselineController(PlanBaselines baselines, MessageSource messages) {
        this.baselines = baselines;
        this.messages = messages;
    }

    @PostMapping("/projects/{id}/plan/baselines")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.PLAN_EDIT + "')")
    String save(
            @PathVariable long id,
            CurrentUser user,
            @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        try {
            long baseline = baselines.save(id, user, name);
            redirect.addFlashAttribute("flash", "plan.baseline.saved");
            return "redirect:/projects/" + id + "/plan?baseline=" + baseline;
        } catch (BusinessException e) {
            if (e instanceof NotFoundException || e.errorCode().status() == HttpStatus.FORBIDDEN) {
                throw e; // out of scope: 404 or 403 like every other write, not a flash on a page he cannot open
            }
            redirect.addFlashAttribute(
                    "error",
                    messages.getMessage(e.errorCode().messageKey(), e.args(), LocaleContextHolder.getLocale()));
            return "redirect:/projects/" + id + "/plan";
        }
    }
}
