package cn.zhuanban.schedule.web;

import cn.zhuanban.project.ProjectLevel;
import cn.zhuanban.project.ProjectStage;
import cn.zhuanban.schedule.BattleMap;
import java.time.LocalDate;
import java.time.YearMonth;

/** The wall chart's filters and first month, as the page and its Excel download take them from the address. */
record WallQuery(
        ProjectLevel level, ProjectStage stage, Long leadOfficialId, Long chainId, Long chainNodeId, YearMonth from) {

    BattleMap.WallFilter filter() {
        return new BattleMap.WallFilter(level, stage, leadOfficialId, chainId, chainNodeId);
    }

    /** The month the chart starts with: the one asked for, else the current one. */
    YearMonth first(LocalDate today) {
        return from != null ? from : YearMonth.from(today);
    }
}
