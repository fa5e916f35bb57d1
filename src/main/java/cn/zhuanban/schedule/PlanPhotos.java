package cn.zhuanban.schedule;

import cn.zhuanban.identity.CurrentUser;
import cn.zhuanban.identity.Permissions;
import cn.zhuanban.identity.UserDirectory;
import cn.zhuanban.project.ProjectReads;
import cn.zhuanban.schedule.domain.PlanRow;
import cn.zhuanban.schedule.domain.ProgressLog;
import cn.zhuanban.schedule.domain.ProjectPlan;
import cn.zhuanban.schedule.domain.ProjectPlanRepository;
import cn.zhuanban.shared.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site photos given with the plan's progress reports, for the pages that show a project's site photos (the
 * project page, the investment reports' project page): a photo given once is shown wherever site progress is, not
 * asked for again (多头填报). Within the user's project scope; a user who may not view plans gets none, since the photos
 * are served by the plan's photo address ({@code /projects/{id}/plan/photos/{photoId}}), which asks for that.
 */
@Service
@Transactional(readOnly = true)
public class PlanPhotos {

    /**
     * A plan's site photo.
     *
     * @param taskName the row's name, or its key when the row has been removed since
     * @param reporter who reported the progress the photo came with
     */
    public record PlanPhoto(
            long id,
            long projectId,
            String taskKey,
            String taskName,
            LocalDate takenOn,
            String place,
            String reporter,
            Instant reportedAt) {}

    private final ProgressLog log;
    private final ProjectPlanRepository plans;
    private final ProjectReads projects;
    private final UserDirectory directory;

    PlanPhotos(ProgressLog log, ProjectPlanRepository plans, ProjectReads projects, UserDirectory directory) {
        this.log = log;
        this.plans = plans;
        this.projects = projects;
        this.directory = directory;
    }

    /** How many site photos the project's plan has, as the user may see them. */
    public long count(long projectId, CurrentUser user) {
        return mayView(projectId, user) ? log.photoCount(projectId) : 0;
    }

    /** The newest {@code limit} of them, the latest taken first. */
    public List<PlanPhoto> newest(long projectId, CurrentUser user, int limit) {
        if (!mayView(projectId, user) || limit <= 0) {
            return List.of();
        }
        List<ProgressLog.ReportedPhoto> photos = log.newestPhotos(projectId, limit);
        Optional<ProjectPlan> plan = plans.findByProjectId(projectId);
        Map<Long, String> names = directory.namesOf(photos.stream()
                .map(ProgressLog.ReportedPhoto::reportedBy)
                .distinct()
                .toList());
        return photos.stream()
                .map(p -> new PlanPhoto(
                        p.id(),
                        projectId,
                        p.taskKey(),
                        plan.map(pl -> pl.find(p.taskKey())).map(PlanRow::name).orElse(p.taskKey()),
                        p.takenOn(),
                        p.place(),
                        names.getOrDefault(p.reportedBy(), ""),
                        p.reportedAt()))
                .toList();
    }

    /** A project outside the user's scope is not found; one in it shows plan photos only to who may view plans. */
    private boolean mayView(long projectId, CurrentUser user) {
        if (!projects.isVisible(projectId, user)) {
            throw new NotFoundException("project", projectId);
        }
        return user.can(Permissions.PLAN_VIEW);
    }
}
