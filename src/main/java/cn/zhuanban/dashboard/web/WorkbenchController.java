package cn.zhuanban.dashboard.web;

import cn.zhuanban.dashboard.WorkbenchItem;
import cn.zhuanban.dashboard.WorkbenchSource;
import cn.zhuanban.identity.CurrentUser;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
        Map<Boolean, List<WorkbenchItem>> byQuiet = sources.stream()
                .flatMap(source -> source.itemsFor(user).stream())
                .sorted(Comparator.comparingInt(WorkbenchItem::order))
                .collect(Collectors.partitioningBy(WorkbenchController::quiet));
        model.addAttribute("user", user);
        model.addAttribute("items", byQuiet.get(false));
        model.addAttribute("quiet", byQuiet.get(true));
        return "dashboard/workbench";
    }

    /**
     * Nothing waits behind the card: no count, no rows, nothing to warn of. Such cards fill a phone's screen with
     * zeros, so the page names them on one line instead.
     */
    private static boolean quiet(WorkbenchItem item) {
        return item.count() == 0 && item.rows().isEmpty() && item.urgency() == WorkbenchItem.Urgency.NORMAL;
    }
}
