package cn.zhuanban.schedule.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.schedule.PlanCellUndo;
import cn.zhuanban.schedule.PlanManagement;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.shared.BusinessException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How an edit in the plan table answers (for {@link PlanController} and {@link PlanRowController}): the whole sheet
 * again, because one change can move every date, float and light; a refused edit answers the unchanged sheet with
 * the reason above it. An edit of one cell of a row also offers to undo it ({@link #cell}).
 */
@Component
class SheetAnswers {

    static final String SHEET = "schedule/plan :: sheet";

    private final PlanManagement plans;
    private final MessageSource messages;
    private final PlanSheetExtras extras;
    private final PlanCellUndo undo;
    private final UndoSlot slot;

    SheetAnswers(
            PlanManagement plans, MessageSource messages, PlanSheetExtras extras, PlanCellUndo undo, UndoSlot slot) {
        this.plans = plans;
        this.messages = messages;
        this.extras = extras;
        this.undo = undo;
        this.slot = slot;
    }

    /**
     * An edit of one cell of a row, answered as {@link #answer} does, whose sheet also offers the user to undo it
     * ({@code undo}, shown in the row): the cell's value is read before the edit, on the version the page showed, and
     * kept as the user's last change in this plan with the version the edit left.
     */
    String cell(
            long id,
            CurrentUser user,
            String version,
            Model model,
            String key,
            PlanCellUndo.Cell cell,
            Function<Integer, PlanSheet> edit) {
        Runnable keepTyped = () -> model.addAttribute("unsaved", UnsavedCell.of(key, cell, typed()));
        Consumer<String> keepRefused =
                error -> model.addAttribute("unsaved", UnsavedCell.refused(key, cell, typed(), error));
        return answer(id, user, version, model, keepTyped, keepRefused, seen -> {
            PlanCellUndo.Change before = undo.before(id, user, key, cell);
            PlanSheet sheet = edit.apply(seen);
            if (before != null && before.version() == seen && sheet.version() != null) {
                PlanCellUndo.Change change = before.madeOn(sheet.version());
                slot.remember(change);
                model.addAttribute("undo", change);
            }
            return sheet;
        });
    }

    /**
     * Undoes the user's last change to row {@code key} of the plan (see {@link PlanCellUndo}). Without one, or when
     * the plan changed since, it changes nothing and says so in Chinese above the unchanged sheet.
     */
    String undo(long id, CurrentUser user, String key, Model model) {
        PlanCellUndo.Change last = slot.last(id);
        if (last == null || !last.key().equals(key) || last.userId() != user.id()) {
            return refused(id, user, model, messages.getMessage("plan.undo.none", new Object[] {key}, locale()));
        }
        slot.forget(id);
        try {
            PlanSheet sheet = undo.undo(id, user, last);
            model.addAttribute("sheet", sheet);
            extras.sheet(model, sheet, user, null);
            return SHEET;
        } catch (OptimisticLockingFailureException e) {
            return refused(id, user, model, messages.getMessage("plan.undo.stale", new Object[] {key}, locale()));
        } catch (BusinessException e) {
            return refused(id, user, model, messages.getMessage(e.errorCode().messageKey(), e.args(), locale()));
        }
    }

    private String refused(long id, CurrentUser user, Model model, String error) {
        model.addAttribute("error", error);
        PlanSheet sheet = plans.sheet(id, user);
        model.addAttribute("sheet", sheet);
        extras.sheet(model, sheet, user, null);
        return SHEET;
    }

    /** The fields of the request being answered, as posted. */
    private static Map<String, String[]> typed() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest()
                .getParameterMap();
    }

    private static java.util.Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /**
     * Makes an edit on the version of the plan the page showed, and answers the sheet. An edit without the version
     * (the page always sends it; a crafted post need not) is refused like one made on a stale version: it would skip
     * the check that no one changed the plan meanwhile.
     */
    String answer(long id, CurrentUser user, String version, Model model, Function<Integer, PlanSheet> edit) {
        return answer(id, user, version, model, () -> {}, error -> {}, edit);
    }

    /**
     * As {@link #answer}; {@code changedMeanwhile} runs when the edit met a plan changed since the page showed it,
     * {@code refusedFor} with the reason when its value was refused.
     */
    private String answer(
            long id,
            CurrentUser user,
            String version,
            Model model,
            Runnable changedMeanwhile,
            Consumer<String> refusedFor,
            Function<Integer, PlanSheet> edit) {
        try {
            Integer seen = SeenVersion.of(version);
            if (seen == null) {
                throw new OptimisticLockingFailureException("plan edit without the version it was made on");
            }
            PlanSheet sheet = edit.apply(seen);
            model.addAttribute("sheet", sheet);
            extras.sheet(model, sheet, user, null);
            return SHEET;
        } catch (BusinessException e) {
            String error = messages.getMessage(e.errorCode().messageKey(), e.args(), LocaleContextHolder.getLocale());
            model.addAttribute("error", error);
            refusedFor.accept(error);
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute(
                    "error", messages.getMessage("error.concurrent-change", null, LocaleContextHolder.getLocale()));
            changedMeanwhile.run();
        }
        PlanSheet sheet = plans.sheet(id, user);
        model.addAttribute("sheet", sheet);
        extras.sheet(model, sheet, user, null);
        return SHEET;
    }
}
