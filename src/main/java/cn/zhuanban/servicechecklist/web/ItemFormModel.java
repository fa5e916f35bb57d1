package cn.zhuanban.servicechecklist.web;

import cn.zhuanban.identity.DepartmentManagement;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.identity.UserDirectory.UserFilter;
import cn.zhuanban.servicechecklist.LimitUnit;
import cn.zhuanban.servicechecklist.ServiceItemForm;
import cn.zhuanban.servicechecklist.ServiceItemKind;
import cn.zhuanban.servicechecklist.ServiceItemStatus;
import cn.zhuanban.shared.PageQuery;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of the item form (new and edit share one template). */
@Component
class ItemFormModel {

    private final DepartmentManagement departments;
    private final UserDirectory directory;

    ItemFormModel(DepartmentManagement departments, UserDirectory directory) {
        this.departments = departments;
        this.directory = directory;
    }

    String form(Model model, long projectId, Long itemId, ServiceItemForm form, Map<String, String> errors) {
        model.addAttribute("projectId", projectId);
        model.addAttribute("itemId", itemId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", ServiceItemKind.values());
        model.addAttribute("units", LimitUnit.values());
        model.addAttribute("statuses", ServiceItemStatus.values());
        model.addAttribute("departments", departments.tree());
        model.addAttribute(
                "users",
                directory
                        .users(new UserFilter(null, null, null), new PageQuery(0, PageQuery.MAX_SIZE))
                        .content()
                        .stream()
                        .filter(u -> u.enabled() && u.enterpriseId() == null)
                        .toList());
        return "servicechecklist/item-form";
    }
}
