package cn.zhuanban.enterpriseplan.domain;

import cn.zhuanban.enterpriseplan.LinkKind;
import cn.zhuanban.enterpriseplan.MeasureProgress;
import cn.zhuanban.enterpriseplan.PlanStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The stored shapes of plans, versions, measures and links. */
public final class PlanRows {

    private PlanRows() {}

    public record PlanRow(
            long id,
            long enterpriseId,
            int latestNumber,
            Integer approvedNumber,
            int nextMeasureKey,
            Instant updatedAt) {}

    public record VersionRow(
            long id,
            long planId,
            int number,
            PlanStatus status,
            String situation,
            String needs,
            String policies,
            String expectedResults,
            String changeNote,
            long createdBy,
            Instant createdAt,
            Long approvedBy,
            Instant approvedAt,
            int version) {}

    public record LinkRow(LinkKind kind, long targetId) {}

    public record MeasureRow(
            long id,
            int key,
            int sortOrder,
            String title,
            String content,
            Long ownerDepartmentId,
            LocalDate deadline,
            MeasureProgress progress,
            List<LinkRow> links,
            int version) {

        public MeasureRow {
            links = List.copyOf(links);
        }
    }

    /** One step of a measure's progress; {@code recordedBy} is null for a step carried over from before V169. */
    public record ProgressRow(int key, MeasureProgress progress, Long recordedBy, Instant recordedAt) {}

    /** A list row: the plan with its latest version's status and measure count. */
    public record ListRow(
            long id,
            long enterpriseId,
            int latestNumber,
            PlanStatus latestStatus,
            Integer approvedNumber,
            int measures,
            Instant updatedAt) {}
}
