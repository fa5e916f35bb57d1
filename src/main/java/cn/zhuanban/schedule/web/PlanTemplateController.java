package cn.zhuanban.schedule.web;

import cn.zhuanban.identity.Permissions;
import cn.zhuanban.schedule.PlanTemplateEditing;
import cn.zhuanban.schedule.domain.PlanTemplates.TemplateRow;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.web.AuditedExport;
import cn.zhuanban.shared.web.Downloads;
import cn.zhuanban.shared.web.LedgerHeaders;
import cn.zhuanban.shared.web.LedgerText;
import cn.zhuanban.shared.web.XlsxWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan templates page of administrators: one form per row, a form to add a row, one to copy the template. */
@Controller
@RequestMapping("/plan-templates")
@PreAuthorize("hasAuthority('" + Permissions.PLAN_TEMPLATE_EDIT + "')")
class PlanTemplateController {

    private final PlanTemplateEditing editing;
    private final MessageSource messages;

    PlanTemplateController(PlanTemplateEditing editing, MessageSource messages) {
        this.editing = editing;
        this.messages = messages;
    }

    @GetMapping
    String list() {
        return "redirect:/plan-templates/" + editing.names().getFirst();
    }

    @GetMapping("/{name}")
    String page(@PathVariable String name, Model model) {
        model.addAttribute("template", name);
        model.addAttribute("templates", editing.names());
        model.addAttribute("rows", editing.rows(name));
        model.addAttribute("departments", editing.departments());
        return "schedule/templates";
    }

    /** The template's rows as the page lists them, as XLSX: to review a template away from the screen. */
    @AuditedExport
    @GetMapping("/{name}/export")
    void export(@PathVariable String name, Locale locale, HttpServletResponse response) throws IOException {
        List<TemplateRow> rows = editing.rows(name);
        String title = LedgerText.of(messages, "plan.templates.title", locale) + "（"
                + Objects.requireNonNullElse(messages.getMessage("plan.template." + name, null, name, locale), name)
                + "）";
        try (XlsxWriter xlsx = new XlsxWriter(
                title,
                LedgerHeaders.of(
                        messages,
                        locale,
                        "plan.key",
                        "plan.name",
                        "plan.kind",
                        "plan.stage",
                        "plan.duration",
                        "plan.templates.department",
                        "plan.templates.predecessors"))) {
            xlsx.textColumn(0);
            for (TemplateRow r : rows) {
                xlsx.row(
                        r.taskKey(),
                        r.name(),
                        LedgerText.of(messages, "plan.kind." + r.kind(), locale),
                        r.parentKey(),
                        r.duration(),
                        r.department(),
                        r.predecessors());
            }
            Downloads.xlsx(response, title + ".xlsx", xlsx);
        }
    }

    @PostMapping("/{name}/rows")
    String save(
            @PathVariable String name,
            @RequestParam(required = false) String originalKey,
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") String rowName,
            @RequestParam(defaultValue = "TASK") String kind,
            @RequestParam(required = false) String parentKey,
            @RequestParam(required = false) String duration,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String predecessors,
            RedirectAttributes redirect) {
        TemplateRow row = new TemplateRow(key, rowName, kind, parentKey, days(duration), department, predecessors);
        return done(name, redirect, () -> {
            editing.saveRow(name, originalKey, row);
            return name;
        });
    }

    @PostMapping("/{name}/rows/{key}/delete")
    String delete(@PathVariable String name, @PathVariable String key, RedirectAttributes redirect) {
        return done(name, redirect, () -> {
            editing.removeRow(name, key);
            return name;
        });
    }

    @PostMapping("/{name}/copy")
    String copy(
            @PathVariable String name, @RequestParam(defaultValue = "") String newName, RedirectAttributes redirect) {
        return done(name, redirect, () -> {
            editing.copy(name, newName);
            return newName.trim();
        });
    }

    /**
     * The duration as typed, blank being none. What is not a whole number in range (a word, twelve digits past the
     * browser's check) is passed on as out of range, so the editing refuses it with the duration's own message.
     */
    private static int days(String typed) {
        if (typed == null || typed.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(typed.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String done(String name, RedirectAttributes redirect, Supplier<String> change) {
        try {
            String shown = change.get();
            redirect.addFlashAttribute("flash", "plan.templates.saved");
            return "redirect:/plan-templates/" + shown;
        } catch (BusinessException e) {
            redirect.addFlashAttribute(
                    "error",
                    messages.getMessage(e.errorCode().messageKey(), e.args(), LocaleContextHolder.getLocale()));
            return "redirect:/plan-templates/" + name;
        }
    }
}
