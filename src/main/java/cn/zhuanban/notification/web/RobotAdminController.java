package cn.zhuanban.notification.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.notification.NotificationSettings;
import cn.zhuanban.notification.RobotForm;
import cn.zhuanban.notification.RobotView;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.shared.web.LedgerHeaders;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator sets each department's WeCom and DingTalk group robots. */
@Controller
@RequestMapping("/admin/notifications/robots")
class RobotAdminController {

    private final NotificationSettings settings;
    private final FormErrors formErrors;
    private final MessageSource messages;

    RobotAdminController(NotificationSettings settings, FormErrors formErrors, MessageSource messages) {
        this.settings = settings;
        this.formErrors = formErrors;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.NOTIFICATION_ROBOT_EDIT + "')")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("result", settings.robots(q, PageQuery.ofList(page, size, 50)));
        return "notification/robots";
    }

    /** The departments the page lists (its search, every page) with their robots, masked as on the page. */
    @AuditedExport
    @GetMapping("/export")
    @PreAuthorize("hasAuthority('" + Permissions.NOTIFICATION_ROBOT_EDIT + "')")
    void export(@RequestParam(required = false) String q, Locale locale, HttpServletResponse response)
            throws IOException {
        String title = LedgerText.of(messages, "nav.notification.robots", locale);
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                LedgerHeaders.of(
                        messages, locale, "department.name", "robot.wecom", "robot.dingtalk", "robot.secret"))) {
            for (RobotView r : settings.robots(q)) {
                xlsx.row(r.departmentName(), r.wecomUrl(), r.dingtalkUrl(), r.dingtalkSecretHint());
            }
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
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
