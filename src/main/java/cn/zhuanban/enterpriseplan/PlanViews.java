package cn.zhuanban.enterpriseplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Read models of enterprise plans. */
public final class PlanViews {

    private PlanViews() {}

    /** A plan in the list: its latest version and the last approved one. */
    public record PlanSummary(
            long id,
            long enterpriseId,
            String enterpriseName,
            int latestNumber,
            PlanStatus latestStatus,
            Integer approvedNumber,
            int measures,
            Instant updatedAt) {}

    /** One version's texts and who made and approved it. */
    public record VersionView(
            long id,
            int number,
            PlanStatus status,
            String situation,
            String needs,
            String policies,
            String expectedResults,
            String changeNote,
            String createdByName,
            Instant createdAt,
            String approvedByName,
            Instant approvedAt,
            int version) {

        public boolean approved() {
            return status == PlanStatus.APPROVED;
        }
    }

    /**
     * What a measure links to and where that stands now. {@code stateKey} is a message key of the
     * other module's state (or {@code enterpriseplan.link.hidden} when the viewer may not see it);
     * {@code done} says whether the linked thing is finished.
     */
    public record LinkView(LinkKind kind, long targetId, String label, String stateKey, boolean done) {}

    /** One step of a measure's progress; {@code recordedByName} is null for a step carried over from before. */
    public record ProgressStep(MeasureProgress progress, String recordedByName, Instant recordedAt) {}

    /**
     * A measure of a version with the progress of its links and its progress {@code history} (oldest first), which is
     * the measure's whatever version shows it; {@code progressRecordable} when it is a measure of the version in force
     * or of the latest one and the viewer may record its progress.
     */
    public record MeasureView(
            long id,
            int key,
            String title,
            String content,
            Long ownerDepartmentId,
            String ownerDepartmentName,
            LocalDate deadline,
            MeasureProgress progress,
            List<ProgressStep> history,
            List<LinkView> links,
            int version,
            boolean progressRecordable) {

        public MeasureView {
            history = List.copyOf(history);
            links = List.copyOf(links);
        }

        /** The ids of one kind of link, as the form shows them. */
        public String ids(LinkKind kind) {
            return links.stream()
                    .filter(l -> l.kind() == kind)
                    .map(l -> Long.toString(l.targetId()))
                    .collect(Collectors.joining(", "));
        }

        public MeasureForm form() {
            return new MeasureForm(
                    title,
                    content,
                    ownerDepartmentId,
                    deadline,
                    ids(LinkKind.TICKET),
                    ids(LinkKind.SERVICE_ITEM),
                    ids(LinkKind.TALENT_DEMAND),
                    version);
        }
    }

    /**
     * A plan as its page shows one version ({@code latestNumber} is the newest version the viewer may read):
     * {@code editable} when this is the latest version, a
     * draft, and the user may edit; {@code approvable} when the user is the lead official who may
     * approve it; {@code renewable} when a new version can be started from it.
     */
    public record PlanView(
            long planId,
            long enterpriseId,
            String enterpriseName,
            int latestNumber,
            Integer approvedNumber,
            VersionView version,
            List<MeasureView> measures,
            boolean editable,
            boolean approvable,
            boolean renewable) {

        public PlanView {
            measures = List.copyOf(measures);
        }

        public PlanForm form() {
            return new PlanForm(
                    version.situation(),
                    version.needs(),
                    version.policies(),
                    version.expectedResults(),
                    version.changeNote(),
                    version.version());
        }
    }

    /** One field before and after; {@code field} is a message-key suffix. */
    public record FieldChange(String field, String before, String after) {}

    /** How a measure changed between two versions. */
    public enum ChangeKind {
        ADDED,
        REMOVED,
        CHANGED
    }

    public record MeasureChange(int key, ChangeKind kind, String title, List<FieldChange> changes) {

        public MeasureChange {
            changes = List.copyOf(changes);
        }
    }

    /** What changed from one version to another: the texts and the measures (matched by key). */
    public record VersionDiff(int from, int to, List<FieldChange> fields, List<MeasureChange> measures) {

        public VersionDiff {
            fields = List.copyOf(fields);
            measures = List.copyOf(measures);
        }

        public boolean empty() {
            return fields.isEmpty() && measures.isEmpty();
        }
    }
}
