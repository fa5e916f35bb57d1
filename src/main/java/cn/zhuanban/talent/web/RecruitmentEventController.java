package cn.zhuanban.talent.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.shared.web.Paging;
import cn.zhuanban.talent.EventKind;
import cn.zhuanban.talent.RecruitmentManagement;
import cn.zhuanban.talent.TalentCommands.EventForm;
import cn.zhuanban.talent.TalentViews.EventView;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recruitment events linked to demands: the list, and the form to enter or edit one. Staff pages. */
@Controller
class RecruitmentEventController {

    private static final String STAFF = "hasAuthority('" + Permissions.TALENT_CANDIDATE_EDIT + "')";

    private final RecruitmentManagement recruitment;
    private final EventDemandChoices demands;
    private final FormErrors formErrors;

    RecruitmentEventController(RecruitmentManagement recruitment, EventDemandChoices demands, FormErrors formErrors) {
        this.recruitment = recruitment;
        this.demands = demands;
        this.formErrors = formErrors;
    }

    @GetMapping("/talent/events")
    @PreAuthorize(STAFF)
    String events(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model,
            HttpServletRequest request) {
        model.addAttribute("q", q);
        model.addAttribute("result", recruitment.events(q, PageQuery.ofList(page, size, 20)));
        return Paging.isHtmx(request) ? "talent/events :: results" : "talent/events";
    }

    @GetMapping("/talent/events/new")
    @PreAuthorize(STAFF)
    String newEvent(CurrentUser user, Model model) {
        EventForm empty = new EventForm(null, null, null, null, null, null, null, List.of(), 0);
        return form(user, model, null, empty, Map.of());
    }

    @PostMapping("/talent/events")
    @PreAuthorize(STAFF)
    String create(
            @Valid @ModelAttribute EventForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return formErrors.submit(binding, errors -> form(user, model, null, form, errors), () -> {
            recruitment.createEvent(user, form);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/talent/events";
        });
    }

    @GetMapping("/talent/events/{id}/edit")
    @PreAuthorize(STAFF)
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        EventView e = recruitment.event(user, id);
        EventForm form = new EventForm(
                e.name(),
                e.kind(),
                e.heldOn(),
                e.place(),
                e.attendees(),
                e.offers(),
                e.note(),
                e.demandIds(),
                e.version());
        return form(user, model, e, form, Map.of());
    }

    @PostMapping("/talent/events/{id}")
    @PreAuthorize(STAFF)
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute EventForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        EventView existing = recruitment.event(user, id);
        return formErrors.submit(binding, errors -> form(user, model, existing, form, errors), () -> {
            recruitment.editEvent(user, id, form);
            redirect.addFlashAttribute("flash", "admin.saved");
            return "redirect:/talent/events";
        });
    }

    /**
     * The demand checkboxes again for the search box above them (htmx): the open demands matching {@code demandQ}, the
     * ticked ones kept ticked.
     */
    @GetMapping("/talent/events/demand-choices")
    @PreAuthorize(STAFF)
    String demandChoices(
            @RequestParam(required = false) String demandQ,
            @RequestParam(required = false) List<Long> demandIds,
            CurrentUser user,
            Model model) {
        demands.addTo(model, user, demandQ, demandIds == null ? List.of() : demandIds, List.of());
        return "talent/event-form :: demandChoices";
    }

    private String form(CurrentUser user, Model model, EventView event, EventForm form, Map<String, String> errors) {
        demands.addTo(
                model,
                user,
                null,
                form.demandIds() == null ? List.of() : form.demandIds(),
                event == null ? List.of() : event.demandIds());
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", EventKind.values());
        return "talent/event-form";
    }
}
