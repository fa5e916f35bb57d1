package cn.zhuanban.talent.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.talent.DemandStatus;
import cn.zhuanban.talent.EventKind;
import cn.zhuanban.talent.RecruitmentManagement;
import cn.zhuanban.talent.TalentCommands.EventForm;
import cn.zhuanban.talent.TalentManagement;
import cn.zhuanban.talent.TalentViews.DemandFilter;
import cn.zhuanban.talent.TalentViews.DemandView;
import cn.zhuanban.talent.TalentViews.EventView;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
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
    private final TalentManagement talent;
    private final FormErrors formErrors;

    RecruitmentEventController(RecruitmentManagement recruitment, TalentManagement talent, FormErrors formErrors) {
        this.recruitment = recruitment;
        this.talent = talent;
        this.formErrors = formErrors;
    }

    @GetMapping("/talent/events")
    @PreAuthorize(STAFF)
    String events(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("result", recruitment.events(PageQuery.of(page, 20)));
        return "talent/events";
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

    /** The open demands to choose from, plus any the event already serves (closed ones stay visible). */
    private String form(CurrentUser user, Model model, EventView event, EventForm form, Map<String, String> errors) {
        Map<Long, DemandView> demands = new LinkedHashMap<>();
        talent.demands(
                        user,
                        new DemandFilter(null, null, null, DemandStatus.OPEN, null),
                        new PageQuery(0, PageQuery.MAX_SIZE))
                .content()
                .forEach(d -> demands.put(d.id(), d));
        if (event != null) {
            event.demandIds().stream()
                    .filter(id -> !demands.containsKey(id))
                    .forEach(id -> demands.put(id, talent.demand(user, id)));
        }
        model.addAttribute("event", event);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("demands", demands.values());
        return "talent/event-form";
    }
}
