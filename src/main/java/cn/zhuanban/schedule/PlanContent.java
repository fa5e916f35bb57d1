package cn.zhuanban.schedule;

import cn.zhuanban.schedule.domain.PlanLink;
import cn.zhuanban.schedule.domain.PlanRow;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole plan's content: what a template or an imported file replaces a plan with.
 *
 * @param dataDate the data date the content brings (an imported file's status date), null to keep the plan's
 */
public record PlanContent(
        LocalDate start, LocalDate targetFinish, LocalDate dataDate, List<PlanRow> rows, List<PlanLink> links) {

    /** Content without a data date of its own: the plan keeps its own. */
    public PlanContent(LocalDate start, LocalDate targetFinish, List<PlanRow> rows, List<PlanLink> links) {
        this(start, targetFinish, null, rows, links);
    }
}
