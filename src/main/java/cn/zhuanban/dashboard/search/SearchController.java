package cn.zhuanban.dashboard.search;

import cn.zhuanban.identity.CurrentUser;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 全局搜索: the header's search box; each ledger the user may read lists its first matches. */
@Controller
class SearchController {

    private final EverythingSearch search;

    SearchController(EverythingSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    @PreAuthorize("isAuthenticated()")
    String search(@RequestParam(required = false) String q, CurrentUser user, Model model) {
        model.addAttribute("q", q == null ? "" : q.strip());
        List<SearchSection> sections = search.search(q, user);
        model.addAttribute("sections", sections);
        // nothing found anywhere (or no ledger to look in): one sentence, not a card per empty ledger
        model.addAttribute("found", sections.stream().anyMatch(s -> s.count() > 0));
        return "dashboard/search";
    }
}
