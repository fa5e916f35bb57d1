package cn.zhuanban.servicechecklist.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.servicechecklist.DepartmentItemFilter;
import cn.zhuanban.servicechecklist.ItemLateness;
import cn.zhuanban.servicechecklist.ItemLedger;
import cn.zhuanban.servicechecklist.ServiceChecklistManagement;
import cn.zhuanban.servicechecklist.ServiceItemForm;
import cn.zhuanban.servicechecklist.ServiceItemStatus;
import cn.zhuanban.servicechecklist.ServiceItemView;
import cn.zhuanban.shared.PageQuery;
import cn.zhuanban.shared.web.FormErrors;
import cn.zhuanban.shared.web.Paging;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
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

/** One item: edit (status, 文号, dates), extend a permit, record the start of work; and a department's items. */
@Controller
@RequestMapping("/service-items")
class ServiceItemController {

    private final ServiceChecklistManagement checklists;
    private final ItemLedger ledger;
    private final DepartmentManagement departments;
    private final ItemFormModel formModel;
    private final FormErrors formErrors;

    ServiceItemController(
            ServiceChecklistManagement checklists,
            ItemLedger ledger,
            DepartmentManagement departments,
            ItemFormModel formModel,
            FormErrors formErrors) {
        this.checklists = checklists;
        this.ledger = ledger;
        this.departments = departments;
        this.formModel = formModel;
        this.formErrors = formErrors;
    }

    /**
     * The items of the user's scope (ItemLedger): a department handler's department's, the district's for the dispatch
     * and supervision offices and the leaders, who filter them by department as well.
     */
    @GetMapping
    @PreAuthorize("hasAuthority('" + Permissions.CHECKLIST_VIEW + "')")
    String mine(
            @RequestParam(defaultValue = "true") boolean open,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) ServiceItemStatus status,
            @RequestParam(required = false) ItemLateness late,
            @RequestParam(required = false) Long departmentId,
            @RequestParam(required = false) Long projectId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            CurrentUser user,
            Model model,
            HttpServletRequest request) {
        DepartmentStaff.require(user);
        if (!ItemLedger.hasList(user)) {
            // 暂无数据 and an empty export told a handler of no department nothing: say whose items these are instead
            return "servicechecklist/no-department";
        }
        DepartmentItemFilter filter = DepartmentStaff.filter(q, status, open, late, departmentId, projectId, user);
        boolean wide = !ItemLedger.departmentOnly(user);
        model.addAttribute("wide", wide);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ServiceItemStatus.values());
        model.addAttribute("latenesses", ItemLateness.values());
        model.addAttribute("departments", wide ? departments.names() : Map.of());
        model.addAttribute("projects", ledger.projectsOf(user));
        model.addAttribute("result", ledger.page(user, filter, PageQuery.ofList(page, size, 50)));
        return Paging.isHtmx(request) ? "servicechecklist/department :: results" : "servicechecklist/department";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('" + Permissions.CHECKLIST_EDIT + "')")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        ServiceItemView item = checklists.findToChange(id, user);
        itemContext(model, item, user);
        return formModel.form(model, item.projectId(), id, ServiceItemForm.of(item), Map.of(), user);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('" + Permissions.CHECKLIST_EDIT + "')")
    String edit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ServiceItemForm form,
            BindingResult binding,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        ServiceItemView item = checklists.findToChange(id, user);
        itemContext(model, item, user);
        return formErrors.submit(
                binding, errors -> formModel.form(model, item.projectId(), id, form, errors, user), () -> {
                    checklists.edit(id, form, user);
                    redirect.addFlashAttribute("flash", "admin.saved");
                    return "redirect:" + back(item, user);
                });
    }

    @PostMapping("/{id}/extend")
    @PreAuthorize("hasAuthority('" + Permissions.CHECKLIST_EDIT + "')")
    String extend(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        ServiceItemView item = checklists.findToChange(id, user);
        checklists.extendPermit(id, user);
        redirect.addFlashAttribute("flash", "checklist.extended");
        return "redirect:" + back(item, user);
    }

    @PostMapping("/{id}/work-started")
    @PreAuthorize("hasAuthority('" + Permissions.CHECKLIST_EDIT + "')")
    String workStarted(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            CurrentUser user,
            RedirectAttributes redirect) {
        ServiceItemView item = checklists.findToChange(id, user);
        checklists.recordWorkStart(id, on, user);
        redirect.addFlashAttribute("flash", "admin.saved");
        return "redirect:" + back(item, user);
    }

    /**
     * The item and the project it belongs to, named on the form because item names repeat across projects (every
     * project has its 供电接入) and a handler opens items of projects he cannot otherwise see; the name links to the
     * checklist only for staff who may read it.
     */
    private void itemContext(Model model, ServiceItemView item, CurrentUser user) {
        String checklist = checklistOf(item, user);
        model.addAttribute("item", item);
        model.addAttribute("projectName", item.projectName());
        model.addAttribute("projectUrl", checklist);
        model.addAttribute("backUrl", checklist == null ? "/service-items" : checklist);
    }

    /**
     * Where the user came from: the project's checklist for staff who may read it, else his department's list (a
     * handler of another department's project reaches the item only from there and would land on "not found").
     */
    private String back(ServiceItemView item, CurrentUser user) {
        String checklist = checklistOf(item, user);
        return checklist == null ? "/service-items" : checklist;
    }

    private String checklistOf(ServiceItemView item, CurrentUser user) {
        return checklists.checklistVisible(item.projectId(), user)
                ? "/projects/" + item.projectId() + "/checklist"
                : null;
    }
}
