package cn.zhuanban.calendar.web;

import cn.zhuanban.calendar.HolidayCnJson;
import cn.zhuanban.calendar.YearArrangements;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.SupportedDates;
import cn.zhuanban.shared.web.FormErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 新增/修订年度安排: a whole year's holidays and make-up days in one form, for a year without a file, opened with the
 * year's data when the calendar holds it. Saved as an upload is (same permission, checks, audit record and effect).
 */
@Controller
@RequestMapping("/calendar/year-form")
class YearFormController {

    private static final String EDIT = "hasAuthority('" + Permissions.CALENDAR_EDIT + "')";

    /** The years the form takes: the year before's December must also lie in the calendar's range. */
    static final int FIRST_YEAR = SupportedDates.FIRST.getYear() + 1;

    static final int LAST_YEAR = SupportedDates.LAST.getYear();

    private final YearArrangements arrangements;
    private final FormErrors formErrors;
    private final MessageSource messages;
    private final Clock clock;

    YearFormController(YearArrangements arrangements, FormErrors formErrors, MessageSource messages, Clock clock) {
        this.arrangements = arrangements;
        this.formErrors = formErrors;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(EDIT)
    String form(@RequestParam(required = false) Integer year, Model model) {
        int y = year != null && year >= FIRST_YEAR && year <= LAST_YEAR
                ? year
                : LocalDate.now(clock).getYear() + 1;
        return page(YearForm.of(y, arrangements.holidays(y)), Map.of(), model);
    }

    /** Saves the year, or with {@code addRow} gives the form back with a blank row more and nothing saved. */
    @PostMapping
    @PreAuthorize(EDIT)
    String save(
            @ModelAttribute("yearForm") YearForm form,
            @RequestParam(required = false) String addRow,
            Model model,
            RedirectAttributes flash) {
        if (form.year() == null || form.year() < FIRST_YEAR || form.year() > LAST_YEAR) {
            return "redirect:/calendar/year-form";
        }
        if (addRow != null) {
            return page(form.withRowAdded(), Map.of(), model);
        }
        List<BusinessException> unreadable = new ArrayList<>();
        var rows = form.holidays(unreadable);
        try {
            HolidayCnJson.Year year = arrangements.save(form.year(), rows, unreadable);
            long offDays = year.days().stream().filter(d -> !d.working()).count();
            flash.addFlashAttribute(
                    "message",
                    text("calendar.imported", year.year(), offDays, year.days().size() - offDays));
            return "redirect:/calendar?year=" + year.year();
        } catch (BusinessException e) {
            return page(form, errors(e), model);
        }
    }

    /** The rows' messages beside their inputs; a refusal of the year as a whole (HolidayYearCheck) above them. */
    private Map<String, String> errors(BusinessException e) {
        Map<String, String> errors = new LinkedHashMap<>(formErrors.of(e));
        if (e.errorCode() != ErrorCode.CALENDAR_FILE) {
            return errors;
        }
        errors.put(FormErrors.GLOBAL, text("calendar.year-form.refused", e.args()));
        return errors;
    }

    private String page(YearForm form, Map<String, String> errors, Model model) {
        model.addAttribute("yearForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("imported", !arrangements.holidays(form.year()).isEmpty());
        return "calendar/year-form";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
