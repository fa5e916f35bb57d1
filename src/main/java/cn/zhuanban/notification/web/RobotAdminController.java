package cn.zhuanban.notification.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.notification.NotificationSettings;
import cn.zhuanban.notification.RobotForm;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator sets each department's WeCom and DingTalk group robots. */
@Controller
@RequestMapping("/admin/notifications/robots")
class RobotAdminController {

    private final NotificationSettings settings;
    private final FormErrors formErrors;

    RobotAdminController(NotificationSettings settings, FormErrors formErrors) {
        this.settings = settings;
        this.formErrors = formErrors;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.NOTIFICATION_ROBOT_EDIT + "')")
    String list(Model model) {
        model.addAttribute("robots", settings.robots());
        return "notification/robots";
    }

    @GetMapping("/{departmentId}/edit")
    @PreAuthorize("hasAuthority('" + Permissions.NOTIFICATION_ROBOT_EDIT + "')")
    String edit(@PathVariable long departmentId, Model model) {
        return form(departmentId, model, Map.of());
    }

    @PostMapping("/{departmentId}")
    @PreAuthorize("hasAuthority('" + Permissions.NOTIFICATION_ROBOT_EDIT + "')")
    String save(
            @PathVariable long departmentId,
            @Valid @ModelAttribute RobotForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(departmentId, model, formErrors.of(binding));
        }
        try {
            settings.configureRobots(departmentId, form);
        } catch (BusinessException e) {
            return form(departmentId, model, formErrors.of(e));
        }
        redirect.addFlashAttribute("flash", "admin.saved");
        return "redirect:/admin/notifications/robots";
    }

    private String form(long departmentId, Model model, Map<String, String> errors) {
        model.addAttribute("robot", settings.robot(departmentId));
        model.addAttribute("errors", errors);
        return "notification/robot-form";
    }
}
