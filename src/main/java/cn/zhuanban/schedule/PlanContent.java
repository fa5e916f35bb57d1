package cn.zhuanban.schedule;

import cn.zhuanban.schedule.domain.PlanLink;
import cn.zhuanban.schedule.domain.PlanRow;
import java.time.LocalDate;
import java.util.List;

/** A whole plan's content: what a template or an imported file replaces a plan with. */
public record PlanContent(LocalDate start, LocalDate targetFinish, List<PlanRow> rows, List<PlanLink> links) {}
