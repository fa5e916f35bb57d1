package cn.zhuanban.schedule.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.schedule.PlanManagement;
import cn.zhuanban.schedule.PlanSheet;
import cn.zhuanban.shared.BusinessException;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * How an edit in the plan table answers (for {@link PlanController} and {@link PlanRowController}): the whole sheet
 * again, because one change can move every date, float and light; a refused edit answers the unchanged sheet with
 * the reason above it.
 */
@Component
class SheetAnswers {

    static final String SHEET = "schedule/plan :: sheet";

    private final PlanManagement plans;
    private final MessageSource messages;
    private final PlanSheetExtras extras;

    SheetAnswers(PlanManagement plans, MessageSource messages, PlanSheetExtras extras) {
        this.plans = plans;
        this.messages = messages;
        this.extras = extras;
    }

    /**
     * Makes an edit on the version of the plan the page showed, and answers the sheet. An edit without the version
     * (the page always sends it; a crafted post need not) is refused like one made on a stale version: it would skip
     * the check that no one changed the plan meanwhile.
     */
    String answer(long id, CurrentUser user, String version, Model model, Function<Integer, PlanSheet> edit) {
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
            model.addAttribute(
                    "error",
                    messages.getMessage(e.errorCode().messageKey(), e.args(), LocaleContextHolder.getLocale()));
        } catch (OptimisticLockingFailureException e) {
            model.addAttribute(
                    "error", messages.getMessage("error.concurrent-change", null, LocaleContextHolder.getLocale()));
        }
        PlanSheet sheet = plans.sheet(id, user);
        model.addAttribute("sheet", sheet);
        extras.sheet(model, sheet, user, null);
        return SHEET;
    }
}
