package cn.zhuanban.dashboard.cockpit;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.DataScope;
import cn.zhuanban.identity.Permissions;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 领导驾驶舱: one page whose figures follow the user's data scope (a district leader sees the whole
 * district, a lead official his projects, a department its part). The page carries the key figures
 * as links; the charts load {@code /cockpit/data} from static/js/cockpit.js (no inline script, CSP).
 */
@Controller
class CockpitController {

    private final CockpitFigures figures;
    private final Clock clock;

    CockpitController(CockpitFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/cockpit")
    @PreAuthorize("hasAuthority('" + Permissions.COCKPIT_VIEW + "')")
    String page(@RequestParam(required = false) Integer year, CurrentUser user, Locale locale, Model model) {
        int shown = year(year);
        CockpitData data = figures.of(user, shown, locale);
        Map<String, List<CockpitData.Slice>> charts = new LinkedHashMap<>();
        charts.put("lights", data.lights());
        charts.put("levels", data.levels());
        charts.put("stages", data.stages());
        charts.put("goals", data.goals());
        charts.put("ranking", data.ranking());
        charts.put("funnel", data.funnel());
        charts.put("cohorts", data.cohorts());
        model.addAttribute("data", data);
        model.addAttribute("charts", charts);
        model.addAttribute("year", shown);
        model.addAttribute(
                "scopeKey", "cockpit.scope." + (user.dataScope() == null ? DataScope.ALL : user.dataScope()));
        return "dashboard/cockpit";
    }

    @GetMapping(path = "/cockpit/data", produces = "application/json")
    @ResponseBody
    @PreAuthorize("hasAuthority('" + Permissions.COCKPIT_VIEW + "')")
    CockpitData data(@RequestParam(required = false) Integer year, CurrentUser user, Locale locale) {
        return figures.of(user, year(year), locale);
    }

    private int year(Integer year) {
        return year == null || year < 2000 || year > 2100 ? Year.now(clock).getValue() : year;
    }
}
