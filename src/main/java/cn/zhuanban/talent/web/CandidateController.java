package cn.zhuanban.talent.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.talent.CandidatePool;
import cn.zhuanban.talent.CandidateSource;
import cn.zhuanban.talent.Education;
import cn.zhuanban.talent.TalentCommands.CandidateForm;
import cn.zhuanban.talent.TalentViews.CandidateView;
import cn.zhuanban.talent.TalentViews.PoolFilter;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
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

/** The talent pool: list and counts, entering candidates with consent, editing, removal on request. */
@Controller
@RequestMapping("/talent/candidates")
class CandidateController {

    private static final String POOL =
            "hasAnyAuthority('" + Permissions.TALENT_CANDIDATE_EDIT + "', '" + Permissions.TALENT_CANDIDATE_VIEW + "')";

    private final CandidatePool pool;
    private final FormErrors formErrors;
    private final Clock clock;

    CandidateController(CandidatePool pool, FormErrors formErrors, Clock clock) {
        this.pool = pool;
        this.formErrors = formErrors;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(POOL)
    String list(
            @ModelAttribute PoolFilter filter,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("result", pool.pool(user, filter, PageQuery.ofList(page, size, 20)));
        model.addAttribute("counts", pool.counts());
        model.addAttribute("educations", Education.values());
        model.addAttribute("sources", CandidateSource.values());
        return "talent/candidates";
    }

    /**
     * The options of a candidate pick list (see {@link CandidatePool#choices}), for the search box beside it on the
     * talent service form: whoever may read the pool may search it here, by the same words and with the same names.
     */
    @GetMapping("/choices")
    @PreAuthorize(POOL)
    String choices(
            @RequestParam(required = false) String candidateQ,
            @RequestParam(required = false) Long candidateId,
            CurrentUser user,
            Model model) {
        model.addAttribute("candidateChoices", pool.choices(user, candidateQ, candidateId));
        model.addAttribute("selectedCandidate", candidateId);
        return "talent/fragments :: candidateChoices";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_CANDIDATE_EDIT + "')")
    String newForm(Model model) {
        return form(model, null, CandidateForms.blank(LocalDate.now(clock)), Map.of());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_CANDIDATE_EDIT + "')")
    String create(
            @Valid @ModelAttribute CandidateForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(binding, errors -> form(model, null, form, errors), () -> {
            pool.enter(form);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/talent/candidates";
        });
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_CANDIDATE_EDIT + "') and hasAuthority('"
            + Permissions.TALENT_CANDIDATE_VIEW + "')")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        CandidateView candidate = pool.candidate(user, id);
        return form(model, candidate, CandidateForms.of(candidate), Map.of());
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_CANDIDATE_EDIT + "') and hasAuthority('"
            + Permissions.TALENT_CANDIDATE_VIEW + "')")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute CandidateForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(binding, errors -> form(model, pool.candidate(user, id), form, errors), () -> {
            pool.edit(id, form);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/talent/candidates";
        });
    }

    @PostMapping("/{id}/remove")
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_CANDIDATE_EDIT + "')")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        pool.removeOnRequest(id);
        redirect.addFlashAttribute("flash", "talent.candidate.removed");
        return "redirect:/talent/candidates";
    }

    /** The page shows {@code form}: the stored candidate when opened, what the user typed when refused. */
    private String form(Model model, CandidateView candidate, CandidateForm form, Map<String, String> errors) {
        model.addAttribute("candidate", candidate);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("educations", Education.values());
        model.addAttribute("sources", CandidateSource.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "talent/candidate-form";
    }
}
