package cn.zhuanban.schedule.web;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectPaths;
import cn.zhuanban.schedule.NewPlanRow;
import cn.zhuanban.schedule.PlanCellUndo.Cell;
import cn.zhuanban.schedule.PlanImport;
import cn.zhuanban.schedule.PlanManagement;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.schedule.PlanTableEditing;
import cn.zhuanban.schedule.PlanTemplating;
import cn.zhuanban.shared.BusinessException;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan table. Every edit is an htmx post that answers the whole sheet again, because one change can move every
 * date, float and light; a refused edit answers the unchanged sheet with the reason above it.
 */
@Controller
@RequestMapping("/projects/{id}/plan")
class PlanController {

    private static final String EDIT = "hasAuthority('" + Permissions.PLAN_EDIT + "')";

    private final PlanManagement plans;
    private final PlanTableEditing table;
    private final PlanTemplating templating;
    private final MessageSource messages;
    private final cn.zhuanban.schedule.PlanInterop interop;
    private final PlanSheetExtras extras;
    private final SheetAnswers answers;

    PlanController(
            PlanManagement plans,
            PlanTableEditing table,
            PlanTemplating templating,
            MessageSource messages,
            cn.zhuanban.schedule.PlanInterop interop,
            PlanSheetExtras extras,
            SheetAnswers answers) {
        this.plans = plans;
        this.table = table;
        this.answers = answers;
        this.extras = extras;
        this.interop = interop;
        this.templating = templating;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.PLAN_VIEW + "')")
    String page(@PathVariable long id, CurrentUser user, @RequestParam(required = false) Long baseline, Model model) {
        PlanSheet sheet = plans.sheet(id, user);
        model.addAttribute("sheet", sheet);
        model.addAttribute("templates", templating.templates());
        extras.page(model, sheet, user, baseline);
        return "schedule/plan";
    }

    @PostMapping("/rows")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize(EDIT)
    String add(
            @PathVariable long id,
            CurrentUser user,
            @RequestParam(required = false) String version,
            // Missing fields are blank, refused above the sheet like a wrong value, not as a JSON bad-request.
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(required = false) String parentKey,
            @RequestParam(defaultValue = "0") String duration,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String targetDate,
            Model model) {
        return answer(
                id,
                user,
                version,
                model,
                seen -> table.addRow(
                        id,
                        user,
                        seen,
                        new NewPlanRow(
                                key,
                                name,
                                kind,
                                parentKey,
                                typedDuration(duration),
                                department,
                                TypedValues.date(targetDate, "targetDate", "plan.target-date"))));
    }

    @PostMapping("/rows/{key}/duration")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize(EDIT)
    String duration(
            @PathVariable long id,
            @PathVariable String key,
            CurrentUser user,
            @RequestParam(required = false) String version,
            @RequestParam(defaultValue = "") String duration,
            Model model) {
        return answers.cell(
                id,
                user,
                version,
                model,
                key,
                Cell.DURATION,
                seen -> table.changeDuration(id, user, seen, key, typedDuration(duration)));
    }

    /**
     * A duration as typed. One that is no whole number, or too long for one, is out of range like -5, so the sheet
     * says the range beside the row: bound to an int, 99999999999 ended on the 400 page.
     */
    private static int typedDuration(String typed) {
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @PostMapping("/rows/{key}/stage")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize(EDIT)
    String stage(
            @PathVariable long id,
            @PathVariable String key,
            CurrentUser user,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String parentKey,
            Model model) {
        return answers.cell(
                id, user, version, model, key, Cell.STAGE, seen -> table.indent(id, user, seen, key, parentKey));
    }

    @PostMapping("/rows/{key}/predecessors")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize(EDIT)
    String predecessors(
            @PathVariable long id,
            @PathVariable String key,
            CurrentUser user,
            @RequestParam(required = false) String version,
            @RequestParam(defaultValue = "") String predecessors,
            Model model) {
        return answers.cell(
                id,
                user,
                version,
                model,
                key,
                Cell.PREDECESSORS,
                seen -> table.link(id, user, seen, key, predecessors));
    }

    @PostMapping("/rows/{key}/target")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize(EDIT)
    String target(
            @PathVariable long id,
            @PathVariable String key,
            CurrentUser user,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String targetDate,
            Model model) {
        return answers.cell(
                id,
                user,
                version,
                model,
                key,
                Cell.TARGET,
                seen -> table.setTarget(
                        id, user, seen, key, TypedValues.date(targetDate, "targetDate", "plan.target-date")));
    }

    @PostMapping("/rows/{key}/delete")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize(EDIT)
    String delete(
            @PathVariable long id,
            @PathVariable String key,
            CurrentUser user,
            @RequestParam(required = false) String version,
            Model model) {
        return answer(id, user, version, model, seen -> table.remove(id, user, seen, key));
    }

    @PostMapping("/template")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize(EDIT)
    String template(
            @PathVariable long id,
            CurrentUser user,
            @RequestParam(required = false) String version,
            @RequestParam(defaultValue = PlanTemplating.INDUSTRIAL) String template,
            Model model) {
        return answer(id, user, version, model, seen -> templating.apply(id, user, seen, template));
    }

    /**
     * The file is optional to Spring for the reason {@link PlanUpload} gives; a missing one is refused with the rest.
     * Like every edit the import carries the version of the plan the page showed (the form sends {@code #plan-version},
     * which the sheet keeps current): a stale or missing one is refused, so that a file does not silently replace what
     * someone changed meanwhile. A refusal goes back to the page, which then shows the plan as stored now; so does a
     * data date the import had to move to the latest actual date, as a notice.
     */
    @PostMapping("/import")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize(EDIT)
    String importFile(
            @PathVariable long id,
            CurrentUser user,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
            org.springframework.web.servlet.mvc.support.RedirectAttributes flash)
            throws java.io.IOException {
        try {
            byte[] bytes = PlanUpload.bytes(file);
            Integer seen = SeenVersion.of(version);
            if (seen == null) {
                throw new OptimisticLockingFailureException("plan import without the version it was made on");
            }
            PlanImport imported = interop.importFile(id, user, seen, bytes);
            if (imported.notice() != null) {
                flash.addFlashAttribute(
                        "notice", messages.getMessage(imported.notice(), LocaleContextHolder.getLocale()));
            }
        } catch (BusinessException e) {
            flash.addFlashAttribute(
                    "error",
                    messages.getMessage(e.errorCode().messageKey(), e.args(), LocaleContextHolder.getLocale()));
        } catch (OptimisticLockingFailureException e) {
            flash.addFlashAttribute(
                    "error", messages.getMessage("error.concurrent-change", null, LocaleContextHolder.getLocale()));
        }
        return "redirect:/projects/" + id + "/plan";
    }

    private String answer(long id, CurrentUser user, String version, Model model, Function<Integer, PlanSheet> edit) {
        return answers.answer(id, user, version, model, edit);
    }
}
