package cn.zhuanban.calendar.web;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.calendar.HolidayCnJson;
import cn.zhuanban.calendar.NonWorkingPeriod;
import cn.zhuanban.calendar.PeriodView;
import cn.zhuanban.calendar.domain.CalendarEffects;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.BusinessException;
import cn.zhuanban.shared.ErrorCode;
import cn.zhuanban.shared.SupportedDates;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The calendar page: a year with holidays and make-up days; administrators correct days, upload years, add stops. */
@Controller
@RequestMapping("/calendar")
class CalendarController {

    /** A holiday-cn year file is about 3 KB; anything far larger is not one. */
    static final long MAX_UPLOAD = 256 * 1024;

    private static final String EDIT = "hasAuthority('" + Permissions.CALENDAR_EDIT + "')";

    private final CalendarManagement calendar;
    private final MessageSource messages;

    private final java.time.Clock clock;
    private final FormErrors formErrors;
    private final CalendarEffects effects;

    CalendarController(
            CalendarManagement calendar,
            MessageSource messages,
            java.time.Clock clock,
            FormErrors formErrors,
            CalendarEffects effects) {
        this.calendar = calendar;
        this.messages = messages;
        this.clock = clock;
        this.formErrors = formErrors;
        this.effects = effects;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.CALENDAR_VIEW + "')")
    String page(@RequestParam(required = false) Integer year, Model model) {
        int y = year != null && year > 1990 && year < 2200
                ? year
                : LocalDate.now(clock).getYear();
        return yearPage(y, model);
    }

    /** The note that a change is still being applied (deadlines, lights), polled by the page until it is done. */
    @GetMapping("/effects")
    @PreAuthorize("hasAuthority('" + Permissions.CALENDAR_VIEW + "')")
    String effects(Model model) {
        model.addAttribute("pendingEffects", effects.pending());
        return "calendar/year :: effects";
    }

    /**
     * A refused correction came back as a message above the page and an emptied form; now the page comes back with
     * the message under the field at fault and the date, the choice and the name as typed.
     */
    @PostMapping("/day")
    @PreAuthorize(EDIT)
    String day(
            @Valid @ModelAttribute("dayForm") DayForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        int year = yearOf(form.date());
        return formErrors.submit(binding, errors -> refused("dayForm", form, "dayErrors", errors, year, model), () -> {
            calendar.setDay(form.date(), form.working(), form.storedName());
            flash.addFlashAttribute("message", text("calendar.saved"));
            return "redirect:/calendar?year=" + year;
        });
    }

    /**
     * An administrator's year file. Checked whole before anything changes (HolidayYearCheck); every refusal reads in
     * the administrator's words, the JSON parser's English ("expected '\"' at offset 1") too.
     */
    @PostMapping("/upload")
    @PreAuthorize(EDIT)
    String upload(@RequestParam MultipartFile file, RedirectAttributes flash) {
        try {
            if (file.getSize() > MAX_UPLOAD) {
                throw new IllegalArgumentException(text("calendar.file.too-large", MAX_UPLOAD / 1024));
            }
            HolidayCnJson.Year year = HolidayCnJson.parse(new String(file.getBytes(), StandardCharsets.UTF_8));
            calendar.importUploadedYear(year);
            long offDays = year.days().stream().filter(d -> !d.working()).count();
            flash.addFlashAttribute(
                    "message",
                    text("calendar.imported", year.year(), offDays, year.days().size() - offDays));
            return "redirect:/calendar?year=" + year.year();
        } catch (HolidayCnJson.Unreadable e) {
            flash.addFlashAttribute("error", text("error.calendar.file", text(e.messageKey(), e.args())));
            return "redirect:/calendar";
        } catch (IOException e) {
            flash.addFlashAttribute("error", text("error.calendar.file", text("calendar.file.io")));
            return "redirect:/calendar";
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("error", text("error.calendar.file", e.getMessage()));
            return "redirect:/calendar";
        } catch (BusinessException e) {
            flash.addFlashAttribute(
                    "error",
                    e.errorCode() == ErrorCode.CALENDAR_FILE ? refusal(e) : text("error.calendar.file", refusal(e)));
            return "redirect:/calendar";
        }
    }

    /**
     * A refused stop came back as a message above the page and an emptied form; now the page comes back with the
     * message under the field at fault and the dates and name as typed, on the year of the stop.
     */
    @PostMapping("/periods")
    @PreAuthorize(EDIT)
    String addPeriod(
            @Valid @ModelAttribute("form") PeriodForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        if (form.backwards()) {
            binding.addError(new FieldError(
                    "form", "to", form.to(), false, new String[] {"calendar.error.period-order"}, null, null));
        }
        int year = yearOf(form.from());
        return formErrors.submit(binding, errors -> refused("form", form, "errors", errors, year, model), () -> {
            calendar.addNonWorkingPeriod(
                    new NonWorkingPeriod(
                            form.from(),
                            form.to(),
                            form.name() == null ? null : form.name().strip()),
                    form.isConfirmed());
            flash.addFlashAttribute("message", text("calendar.saved"));
            return "redirect:/calendar?year=" + year;
        });
    }

    @PostMapping("/periods/{id}/delete")
    @PreAuthorize(EDIT)
    String removePeriod(@PathVariable long id) {
        calendar.removeNonWorkingPeriod(id);
        return "redirect:/calendar";
    }

    /** The year of a typed date, or this year when there is none the calendar could show. */
    private int yearOf(LocalDate date) {
        return date != null && SupportedDates.allows(date)
                ? date.getYear()
                : LocalDate.now(clock).getYear();
    }

    /**
     * The page again after a refused form, its messages ({@code errorsName}) apart from the other form's. The form is
     * put back as the handler got it: when a date could not be read, the binding's own copy in the model is null.
     */
    private String refused(
            String formName, Object form, String errorsName, Map<String, String> errors, int year, Model model) {
        model.addAttribute(formName, form);
        model.addAttribute(errorsName, errors);
        return yearPage(year, model);
    }

    /** The year's page; each form blank unless a refused post put it in the model as typed. */
    private String yearPage(int y, Model model) {
        blankUnlessGiven(model, "form", PeriodForm.blank());
        blankUnlessGiven(model, "errors", Map.of());
        blankUnlessGiven(model, "dayForm", DayForm.blank());
        blankUnlessGiven(model, "dayErrors", Map.of());
        List<PeriodView> periods = calendar.periods();
        model.addAttribute(
                "calendarYear",
                CalendarYear.of(
                        y,
                        calendar.days(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)),
                        periods,
                        LocalDate.now(clock)));
        model.addAttribute("periods", periods);
        YearRange range =
                YearRange.of(calendar.holidayYears(), LocalDate.now(clock).getYear());
        model.addAttribute("previousYear", range.previous(y));
        model.addAttribute("nextYear", range.next(y));
        model.addAttribute("arrangementMissing", !calendar.hasHolidayArrangement(y));
        model.addAttribute("missingYears", calendar.missingHolidayYears(LocalDate.now(clock)));
        model.addAttribute("pendingEffects", effects.pending());
        return "calendar/year";
    }

    private static void blankUnlessGiven(Model model, String name, Object blank) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, blank);
        }
    }

    private String refusal(BusinessException e) {
        return messages.getMessage(e.errorCode().messageKey(), e.args(), LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
