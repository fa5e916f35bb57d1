package cn.zhuanban.talent.web;

import cn.zhuanban.identity.CheckedBeforeBinding;
import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.talent.DemandPaths;
import cn.zhuanban.talent.TalentCommands.MatchStepForm;
import cn.zhuanban.talent.TalentManagement;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff record contact (only with consent), interview, hire or decline of a candidate for a demand. */
@Controller
class MatchController {

    private final TalentManagement talent;
    private final DemandPage demandPage;
    private final FormErrors formErrors;

    MatchController(TalentManagement talent, DemandPage demandPage, FormErrors formErrors) {
        this.talent = talent;
        this.demandPage = demandPage;
        this.formErrors = formErrors;
    }

    @PostMapping("/talent/demands/{id}/candidates/{candidateId}/step")
    @CheckedBeforeBinding(DemandPaths.class)
    @PreAuthorize("hasAuthority('" + Permissions.TALENT_CANDIDATE_EDIT + "')")
    String step(
            @PathVariable long id,
            @PathVariable long candidateId,
            @Valid @ModelAttribute MatchStepForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("stepCandidate", candidateId); // the refusal shows in this candidate's row
        return formErrors.submit(binding, errors -> demandPage.show(user, id, null, model, errors), () -> {
            talent.recordStep(user, id, candidateId, form);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/talent/demands/" + id;
        });
    }
}
