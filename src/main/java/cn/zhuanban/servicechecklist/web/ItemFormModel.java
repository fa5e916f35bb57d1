package cn.zhuanban.servicechecklist.web;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.servicechecklist.DepartmentItemPolicy;
import cn.zhuanban.servicechecklist.LimitUnit;
import cn.zhuanban.servicechecklist.ResponsiblePeople;
import cn.zhuanban.servicechecklist.ServiceItemForm;
import cn.zhuanban.servicechecklist.ServiceItemKind;
import cn.zhuanban.servicechecklist.ServiceItemStatus;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of the item form (new and edit share one template). A department handler's form shows the
 * department as text, not as a choice: his items are his department's, and only the task force hands one to another.
 * The responsible person is chosen among the item's department's people ({@link ResponsiblePeople#choices}).
 */
@Component
class ItemFormModel {

    private final DepartmentManagement departments;
    private final ResponsiblePeople people;

    ItemFormModel(DepartmentManagement departments, ResponsiblePeople people) {
        this.departments = departments;
        this.people = people;
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
        model.addAttribute("users", people.choices(user, form.responsibleUserId()));
        return "servicechecklist/item-form";
    }
}
