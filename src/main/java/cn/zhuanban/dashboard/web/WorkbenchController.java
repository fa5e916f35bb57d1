package cn.zhuanban.dashboard.web;

import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.dashboard.WorkbenchSource;
import cn.zhuanban.identity.CurrentUser;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 我的工作台: each module contributes what waits for this user (their own projects, red lights,
 * locked accounts, the audit chain …); the page shows the items the user's permissions allow.
 */
@Controller
class WorkbenchController {

    private final List<WorkbenchSource> sources;

    WorkbenchController(List<WorkbenchSource> sources) {
        this.sources = sources;
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        if (user.roles().isEmpty()) {
            // Allowed nothing: a page that says so, not an empty workbench.
            model.addAttribute("user", user);
            return "dashboard/no-role";
        }
        List<WorkbenchItem> items = sources.stream()
                .flatMap(source -> source.itemsFor(user).stream())
                .sorted(Comparator.comparingInt(WorkbenchItem::order))
                .toList();
        model.addAttribute("user", user);
        model.addAttribute("items", items);
        return "dashboard/workbench";
    }
}
