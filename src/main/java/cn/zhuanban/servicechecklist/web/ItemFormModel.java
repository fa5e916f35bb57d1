package cn.zhuanban.servicechecklist.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserView;
import cn.zhuanban.servicechecklist.DepartmentItemPolicy;
import cn.zhuanban.servicechecklist.LimitUnit;
import cn.zhuanban.servicechecklist.ServiceItemForm;
import cn.zhuanban.servicechecklist.ServiceItemKind;
import cn.zhuanban.servicechecklist.ServiceItemStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of the item form (new and edit share one template). A department handler's form shows the
 * department as text, not as a choice: his items are his department's, and only the task force hands one to another.
 */
@Component
class ItemFormModel {

    private final DepartmentManagement departments;
    private final UserDirectory directory;

    ItemFormModel(DepartmentManagement departments, UserDirectory directory) {
        this.departments = departments;
        this.directory = directory;
    }

    String form(
            Model model,
            long projectId,
            Long itemId,
            ServiceItemForm form,
            Map<String, String> errors,
            CurrentUser user) {
        boolean fixed = DepartmentItemPolicy.departmentFixed(user);
        model.addAttribute("departmentFixed", fixed);
        model.addAttribute("projectId", projectId);
        model.addAttribute("itemId", itemId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ServiceItemKind.values());
        model.addAttribute("units", LimitUnit.values());
        model.addAttribute("statuses", ServiceItemStatus.values());
        model.addAttribute("departments", fixed ? List.of() : departments.tree());
        model.addAttribute(
                "departmentName",
                form.departmentId() == null ? null : departments.names().get(form.departmentId()));
        model.addAttribute("users", responsibleChoices(form.responsibleUserId()));
        return "servicechecklist/item-form";
    }

    /**
     * Every enabled staff member, the chosen one first even if since disabled. A first page of users (200) left most
     * of a province's staff out, and an item whose responsible person was past it lost him on the next save.
     */
    private List<UserView> responsibleChoices(Long chosen) {
        Map<Long, UserView> choices = new LinkedHashMap<>();
        if (chosen != null) {
            directory.findAll(List.of(chosen)).forEach(u -> choices.put(u.id(), u));
        }
        directory.staff().forEach(u -> choices.putIfAbsent(u.id(), u));
        return List.copyOf(choices.values());
    }
}
