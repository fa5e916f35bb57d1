package cn.zhuanban.investmentreport.web;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.investmentreport.InvestmentQueries;
import cn.zhuanban.investmentreport.InvestmentReporting;
import cn.zhuanban.investmentreport.ReportForm;
import cn.zhuanban.investmentreport.SitePhotos;
import cn.zhuanban.project.ProjectPaths;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's monthly reports and annual plan, the report form and the plan form. */
@Controller
@RequestMapping("/investment-reports/projects/{id}")
class ProjectInvestmentController {

    /** Site photos a page: four rows of the photo grid. */
    static final int PHOTOS_PER_PAGE = 24;

    /** Converts a month's text as the binding does (blank: none). */
    private static final ConversionService CONVERSION = DefaultConversionService.getSharedInstance();

    private final InvestmentQueries queries;
    private final InvestmentReporting reporting;
    private final ProjectReads projects;
    private final FormErrors formErrors;
    private final SitePhotos photos;
    private final SpringValidatorAdapter validator;

    ProjectInvestmentController(
            InvestmentQueries queries,
            InvestmentReporting reporting,
            ProjectReads projects,
            FormErrors formErrors,
            SitePhotos photos,
            Validator validator) {
        this.queries = queries;
        this.reporting = reporting;
        this.projects = projects;
        this.formErrors = formErrors;
        this.photos = photos;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_VIEW + "')")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer photoPage,
            CurrentUser user,
            Model model) {
        int shown = year == null ? reporting.currentMonth().getYear() : year;
        page(id, shown, blankReport(), Map.of(), user, model);
        model.addAttribute(
                "photos",
                photos.ofProject(id, user, new PageQuery(photoPage == null ? 0 : photoPage, PHOTOS_PER_PAGE)));
        return "investmentreport/project";
    }

    @PostMapping("/reports")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_REPORT + "')")
    String report(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        int year = form.year() == null ? reporting.currentMonth().getYear() : form.year();
        return formErrors.submit(binding, errors -> page(id, year, form, errors, user, model), () -> {
            reporting.report(id, form, user);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/investment-reports/projects/" + id + "?year=" + year;
        });
    }

    /**
     * Sets the year's plan. A month that is no amount, a negative one or one too large for the columns comes back to
     * the form with all twelve months as typed and the message beside the wrong one; nothing is stored. ("1,000" is
     * refused like in every other amount field of the platform: the number inputs take no thousands separators.)
     */
    @PostMapping("/plan")
    @CheckedBeforeBinding(ProjectPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.INVESTMENT_PLAN + "')")
    String plan(
            @PathVariable long id,
            @Valid @ModelAttribute("planForm") PlanForm form,
            BindingResult binding,
            CurrentUser user,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            int year = PlanForm.typedYear(request, reporting.currentMonth().getYear());
            page(id, year, blankReport(), Map.of(), user, model);
            model.addAttribute("plan", PlanForm.typedMonths(request));
            model.addAttribute("planErrors", planErrors(binding, PlanForm.typedMonths(request), year));
            return "investmentreport/project";
        }
        reporting.setPlan(id, form.year(), form.months(), user);
        redirect.addFlashAttribute("flash", "admin.saved");
        return "redirect:/investment-reports/projects/" + id + "?year=" + form.year();
    }

    /**
     * The messages of a refused plan, each under its month ({@code months[4]}). Spring converts the twelve months as
     * one list, so a word in one month refuses the list as a whole under {@code months}, naming no month, and the
     * others go unchecked; then each month is converted on its own, and the ones that are amounts are checked against
     * the form's constraints, so that every wrong month is marked at once.
     */
    private Map<String, String> planErrors(BindingResult binding, List<String> typed, int year) {
        FieldError months = binding.getFieldError("months");
        if (months == null || !months.isBindingFailure()) {
            return formErrors.of(binding);
        }
        List<BigDecimal> amounts = new ArrayList<>();
        List<Integer> mistyped = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            try {
                amounts.add(CONVERSION.convert(typed.get(i), BigDecimal.class));
            } catch (ConversionException e) {
                amounts.add(null);
                mistyped.add(i);
            }
        }
        PlanForm converted = new PlanForm(year, amounts);
        BeanPropertyBindingResult perMonth = new BeanPropertyBindingResult(converted, binding.getObjectName());
        for (int i : mistyped) {
            perMonth.addError(new FieldError(
                    binding.getObjectName(),
                    "months[" + i + "]",
                    typed.get(i),
                    true,
                    new String[] {"typeMismatch.java.math.BigDecimal"},
                    null,
                    null));
        }
        validator.validate(converted, perMonth);
        return formErrors.of(perMonth);
    }

    private ReportForm blankReport() {
        YearMonth now = reporting.currentMonth();
        return new ReportForm(now.getYear(), now.getMonthValue(), null, null, null, null, null);
    }

    private String page(long id, int year, ReportForm form, Map<String, String> errors, CurrentUser user, Model model) {
        model.addAttribute("project", projects.find(id, user));
        model.addAttribute("reports", queries.ofProject(id, user));
        model.addAttribute("photos", photos.ofProject(id, user, new PageQuery(0, PHOTOS_PER_PAGE)));
        model.addAttribute("today", reporting.today());
        model.addAttribute("plan", queries.plan(id, year, user));
        model.addAttribute("year", year);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "investmentreport/project";
    }
}
