package cn.zhuanban.schedule.web;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.project.ProjectPaths;
import cn.zhuanban.schedule.PlanCellUndo.Cell;
import cn.zhuanban.schedule.PlanRowEditing;
import cn.zhuanban.schedule.PlanSheet;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The plan table's cells for a row's name, its responsible department and a task's date constraint, each answering the
 * sheet like the others, and the undo of the user's last change to a row's cell ({@link SheetAnswers#undo}).
 */
@Controller
@RequestMapping("/projects/{id}/plan/rows/{key}")
class PlanRowController {

    private static final String EDIT = "hasAuthority('" + Permissions.PLAN_EDIT + "')";

    private final PlanRowEditing rows;
    private final SheetAnswers answers;
    private final MessageSource messages;

    PlanRowController(PlanRowEditing rows, SheetAnswers answers, MessageSource messages) {
        this.rows = rows;
        this.answers = answers;
        this.messages = messages;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    @PostMapping("/name")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize(EDIT)
    String name(
            @PathVariable long id,
            @PathVariable String key,
            CurrentUser user,
            @RequestParam(required = false) String version,
            @RequestParam(defaultValue = "") String name,
            Model model) {
        return answers.cell(id, user, version, model, key, Cell.NAME, seen -> rows.rename(id, user, seen, key, name));
    }

    /** One of the district's departments, chosen in the row ({@link PlanRowEditing#setDepartment}); blank for none. */
    @PostMapping("/department")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize(EDIT)
    String department(
            @PathVariable long id,
            @PathVariable String key,
            CurrentUser user,
            @RequestParam(required = false) String version,
            @RequestParam(defaultValue = "") String department,
            Model model) {
        return answers.cell(
                id,
                user,
                version,
                model,
                key,
                Cell.DEPARTMENT,
                seen -> rows.setDepartment(id, user, seen, key, department));
    }

    /**
     * Takes back the user's last change to a cell of this row, on the version that change left: the page's own version
     * is not asked for, since the kept change says which version it may be undone on.
     */
    @PostMapping("/undo")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize(EDIT)
    String undo(@PathVariable long id, @PathVariable String key, CurrentUser user, Model model) {
        return answers.undo(id, user, key, model);
    }

    /** A type without a date takes the row's scheduled date ({@link PlanRowEditing#setConstraint}). */
    @PostMapping("/constraint")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize(EDIT)
    String constraint(
            @PathVariable long id,
            @PathVariable String key,
            CurrentUser user,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String constraintType,
            @RequestParam(required = false) String constraintDate,
            Model model) {
        return answers.cell(id, user, version, model, key, Cell.CONSTRAINT, seen -> {
            PlanSheet sheet = rows.setConstraint(
                    id,
                    user,
                    seen,
                    key,
                    constraintType,
                    TypedValues.date(constraintDate, "constraintDate", "plan.constraint.date", key));
            defaulted(model, sheet, key, constraintType, constraintDate);
            return sheet;
        });
    }

    /**
     * A type chosen without a date took the date the task is scheduled on now: the sheet says so above it, with the
     * date, rather than storing it silently (a 必须于…完成 read as a date the user chose).
     */
    private void defaulted(Model model, PlanSheet sheet, String key, String type, String typedDate) {
        if (type == null || type.isBlank() || (typedDate != null && !typedDate.isBlank())) {
            return;
        }
        PlanSheet.Row row = sheet.row(key);
        if (row == null || row.constraintDate() == null) {
            return;
        }
        model.addAttribute(
                "notice",
                messages.getMessage(
                        "plan.constraint.defaulted",
                        new Object[] {
                            key,
                            messages.getMessage("plan.constraint." + row.constraintType(), null, locale()),
                            row.constraintDate()
                        },
                        locale()));
    }
}
