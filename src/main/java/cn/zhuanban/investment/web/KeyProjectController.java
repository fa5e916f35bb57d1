package cn.zhuanban.investment.web;

import cn.zhuanban.calendar.CalendarManagement;
import cn.zhuanban.enterprise.CreditCode;
import cn.zhuanban.enterprise.EnterpriseManagement;
import cn.zhuanban.identity.BuiltinRoles;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.investment.InvestmentManagement;
import cn.zhuanban.investment.InvestmentViews.LeadView;
import cn.zhuanban.investment.KeyProjectForm;
import cn.zhuanban.investment.LeadConversion;
import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.project.TaskForceManagement;
import cn.zhuanban.shared.web.FormErrors;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Create key project" on a signed lead: a form prefilled from the lead, then the project's page. */
@Controller
class KeyProjectController {

    private static final String ALLOWED = "hasAuthority('" + Permissions.INVESTMENT_LEAD_EDIT + "') and hasAuthority('"
            + Permissions.PROJECT_CREATE + "')";

    private final InvestmentManagement investment;
    private final LeadConversion conversion;
    private final EnterpriseManagement enterprises;
    private final UserDirectory users;
    private final TaskForceManagement taskForces;
    private final FormErrors formErrors;
    private final Clock clock;
    private final CalendarManagement calendar;

    KeyProjectController(
            InvestmentManagement investment,
            LeadConversion conversion,
            EnterpriseManagement enterprises,
            UserDirectory users,
            TaskForceManagement taskForces,
            FormErrors formErrors,
            Clock clock,
            CalendarManagement calendar) {
        this.calendar = calendar;
        this.investment = investment;
        this.conversion = conversion;
        this.enterprises = enterprises;
        this.users = users;
        this.taskForces = taskForces;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping("/investment/leads/{id}/project/new")
    @PreAuthorize(ALLOWED)
    String form(@PathVariable long id, CurrentUser user, Model model) {
        investment.requireChangeable(user, id);
        LeadView lead = investment.lead(user, id);
        LocalDate start = lead.agreedStartOn() == null ? LocalDate.now(clock) : lead.agreedStartOn();
        KeyProjectForm form = new KeyProjectForm(
                suggestedName(lead.row().targetCompany()),
                null,
                lead.enterpriseId(),
                // The enterprise registered on the way is the investor the lead names, not the project (review: an
                // enterprise was created under "…连锁项目"); none when the lead already knows its enterprise.
                lead.enterpriseId() == null ? lead.row().targetCompany() : null,
                null,
                ProjectLevel.DISTRICT,
                ProjectStage.PRE_CONSTRUCTION,
                lead.agreedInvestment() != null
                        ? lead.agreedInvestment()
                        : lead.row().expectedInvestment(),
                workingDayOrNone(start),
                workingDayOrNone(start.plusYears(2)),
                suggestedLeadOfficial(lead),
                null,
                null,
                lead.version());
        return page(model, user, lead, form, Map.of());
    }

    /**
     * A date the form proposes must be a working day: the agreed start, or two years on, fell on New Year's Day (the
     * form offered 2027-01-01 and 2029-01-01). The working day on or after it where the calendar holds the year's
     * holidays; none (the field left empty for the user to choose) where it does not, rather than a guessed holiday.
     */
    private LocalDate workingDayOrNone(LocalDate date) {
        if (!calendar.holidayYears().contains(date.getYear())) {
            return null;
        }
        LocalDate day = calendar.administrative().workingDayOnOrAfter(date);
        return calendar.holidayYears().contains(day.getYear()) ? day : null;
    }

    @PostMapping("/investment/leads/{id}/project")
    @PreAuthorize(ALLOWED)
    String create(
            @PathVariable long id,
            @Valid @ModelAttribute KeyProjectForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        investment.requireChangeable(user, id);
        return formErrors.submit(binding, errors -> page(model, user, investment.lead(user, id), form, errors), () -> {
            long projectId = conversion.createKeyProject(user, id, form);
            redirect.addFlashAttribute("flash", "attraction.lead.project-created");
            // domain.md §6: a credit code failing its check character is registered, with a warning, as on the
            // enterprise form; the code was well-formed, or the enterprise would have been refused.
            if (form.enterpriseId() == null
                    && !CreditCode.parse(form.newEnterpriseCreditCode()).checkCharacterValid()) {
                redirect.addFlashAttribute("flashWarning", "attraction.lead.enterprise-check-character");
            }
            return "redirect:/investment/leads/" + id + "#project-" + projectId;
        });
    }

    /**
     * The lead official the form suggests: the lead's own owner (负责人) when he is one of the district's lead
     * officials (分包领导), who then goes on with the project; none otherwise, so that someone is chosen, not guessed.
     */
    private Long suggestedLeadOfficial(LeadView lead) {
        long owner = lead.row().ownerId();
        return users.withRole(BuiltinRoles.LEAD_OFFICIAL).stream().anyMatch(u -> u.id() == owner) ? owner : null;
    }

    /** Company forms dropped from the suggested project name, longest first. */
    private static final List<String> COMPANY_FORMS = List.of("股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "集团", "公司");

    /**
     * The project name the form suggests (audit D9): the company's short name with 项目, "示范生物科技有限公司" →
     * "示范生物科技项目", a start the user completes (the lead holds no project name of its own); a name that is
     * already a project's is kept.
     */
    static String suggestedName(String company) {
        String name = company == null ? "" : company.strip();
        if (name.endsWith("项目")) {
            return name;
        }
        for (String form : COMPANY_FORMS) {
            if (name.endsWith(form) && name.length() > form.length()) {
                name = name.substring(0, name.length() - form.length());
                break;
            }
        }
        return name + "项目";
    }

    private String page(Model model, CurrentUser user, LeadView lead, KeyProjectForm form, Map<String, String> errors) {
        model.addAttribute("lead", lead);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("enterpriseChoices", enterprises.choices(user, null, form.enterpriseId()));
        model.addAttribute("leadOfficials", users.withRole(BuiltinRoles.LEAD_OFFICIAL));
        model.addAttribute("taskForceChoices", taskForces.choices(user, null, form.taskForceId()));
        model.addAttribute("selectedTaskForce", form.taskForceId());
        model.addAttribute("levels", ProjectLevel.values());
        model.addAttribute("stages", ProjectStage.values());
        return "investment/key-project";
    }
}
